namespace RoleBot.Knowledge;

public static class KnowledgeServiceExtensions
{
    public static IServiceCollection AddRoleBotKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => new FileKnowledgeBaseProvider(
            KnowledgeBaseLocation.Resolve(configuration),
            sp.GetRequiredService<ILogger<FileKnowledgeBaseProvider>>()));
        services.AddSingleton<IKnowledgeBaseProvider>(sp => sp.GetRequiredService<FileKnowledgeBaseProvider>());
        services.AddSingleton<RoleRanker>();
        services.AddSingleton<CareerAdvisor>();
        services.AddSingleton<RoleComparer>();
        services.AddHostedService<KnowledgeBaseStartupCheck>();
        return services;
    }
}
