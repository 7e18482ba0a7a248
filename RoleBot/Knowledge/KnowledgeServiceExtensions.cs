using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.Content;
using RoleBot.Content.Knowledge;
using RoleBot.Knowledge.Ranking;

namespace RoleBot.Knowledge;

public static class KnowledgeServiceExtensions
{
    public static IServiceCollection AddRoleBotKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);

        // Resolved when first needed so configuration added after registration (tests, hosting) still applies.
        services.AddSingleton(sp => new FileKnowledgeBaseProvider(
            KnowledgeBaseLocation.Resolve(sp.GetService<IConfiguration>() ?? configuration),
            sp.GetRequiredService<ILogger<FileKnowledgeBaseProvider>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IKnowledgeBaseProvider>(sp => sp.GetRequiredService<FileKnowledgeBaseProvider>());
        services.AddHostedService<ContentStartupCheck<KnowledgeBase>>(sp => new(sp.GetRequiredService<IKnowledgeBaseProvider>()));
        services.AddSingleton<RoleRanker>();
        services.AddSingleton<CareerAdvisor>();
        services.AddSingleton<RoleComparer>();
        return services;
    }
}
