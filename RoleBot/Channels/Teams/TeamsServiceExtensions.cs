using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.Channels.Teams.Invokes;
using RoleBot.Channels.Teams.Search;

namespace RoleBot.Channels.Teams;

public static class TeamsServiceExtensions
{
    /// <summary>Teams invokes: Universal Actions (adaptiveCard/action) and the search message extension.</summary>
    public static IServiceCollection AddRoleBotTeams(this IServiceCollection services)
    {
        services.TryAddSingleton<RoleSearch>();
        services.TryAddSingleton<AdaptiveCardActionHandler>();
        services.TryAddSingleton<TeamsInvokes>();
        return services;
    }
}
