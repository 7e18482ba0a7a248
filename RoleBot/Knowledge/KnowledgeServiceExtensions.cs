using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.Knowledge.Ranking;

namespace RoleBot.Knowledge;

public static class KnowledgeServiceExtensions
{
    /// <summary>The services that reason over the knowledge base AddRoleBotContent serves: ranking, comparison, career paths.</summary>
    public static IServiceCollection AddRoleBotKnowledge(this IServiceCollection services)
    {
        services.TryAddSingleton<RoleRanker>();
        services.TryAddSingleton<RoleLineUp>();
        services.TryAddSingleton<CareerAdvisor>();
        services.TryAddSingleton<RoleComparer>();
        return services;
    }
}
