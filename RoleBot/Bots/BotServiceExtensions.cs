using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.Protocol;

namespace RoleBot.Bots;

public static class BotServiceExtensions
{
    /// <summary>RoleBot's turn logic as the protocol's IBot, and the card-click path it routes into the dialogs.</summary>
    public static IServiceCollection AddRoleBotActivityHandler(this IServiceCollection services)
    {
        services.TryAddSingleton<CardSubmitRouter>();
        services.TryAddSingleton<CardSubmitHandler>();
        // The bot is per turn (CoreBot registers it transient); everything it uses is a singleton.
        services.TryAddTransient<IBot, RoleBotActivityHandler>();
        return services;
    }
}
