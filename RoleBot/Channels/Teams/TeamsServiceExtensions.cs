using RoleBot.Channels.Teams.Invokes;
using RoleBot.Channels.Teams.Search;

namespace RoleBot.Channels.Teams;

public static class TeamsServiceExtensions
{
    /// <summary>Teams invokes: Universal Actions (adaptiveCard/action) and the search message extension.</summary>
    public static IServiceCollection AddRoleBotTeams(this IServiceCollection services)
    {
        services.AddSingleton<RoleSearch>();
        services.AddSingleton<AdaptiveCardActionHandler>();
        services.AddSingleton<TeamsInvokes>();
        return services;
    }
}
