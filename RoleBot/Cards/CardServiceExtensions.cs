using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.Cards.Rendering;

namespace RoleBot.Cards;

public static class CardServiceExtensions
{
    public const string UniversalActionsKey = "RoleBot:Cards:UniversalActions";
    public const string RememberedCardsKey = "RoleBot:Cards:RememberedCards";

    /// <summary>Adaptive Card rendering of answer documents, for the channels that show cards.</summary>
    public static IServiceCollection AddRoleBotCards(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(new CardRenderOptions(configuration.GetValue<bool>(UniversalActionsKey)));
        services.TryAddSingleton(new CardMemoOptions(configuration.GetValue(RememberedCardsKey, CardMemoOptions.DefaultRememberedCards)));
        services.TryAddSingleton<AdaptiveCardRenderer>();
        services.TryAddSingleton<CardReplies>();
        return services;
    }
}
