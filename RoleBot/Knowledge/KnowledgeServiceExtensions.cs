using RoleBot.Knowledge.Ranking;

namespace RoleBot.Knowledge;

public static class KnowledgeServiceExtensions
{
    public static IServiceCollection AddRoleBotKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        // Resolved when first needed so configuration added after registration (tests, hosting) still applies.
        services.AddSingleton(sp => new FileKnowledgeBaseProvider(
            KnowledgeBaseLocation.Resolve(sp.GetService<IConfiguration>() ?? configuration),
            sp.GetRequiredService<ILogger<FileKnowledgeBaseProvider>>()));
        services.AddSingleton<IKnowledgeBaseProvider>(sp => sp.GetRequiredService<FileKnowledgeBaseProvider>());
        services.AddSingleton<RoleRanker>();
        services.AddSingleton<CareerAdvisor>();
        services.AddSingleton<RoleComparer>();
        services.AddHostedService<KnowledgeBaseStartupCheck>();
        return services;
    }
}
