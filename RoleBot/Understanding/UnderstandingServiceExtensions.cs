using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.Content;
using RoleBot.Content.LanguageUnderstanding;
using RoleBot.Understanding.Content;

namespace RoleBot.Understanding;

public static class UnderstandingServiceExtensions
{
    public const string LanguageFolder = "language-understanding/en-us";

    /// <summary>Registers the local recognizer; it needs an IKnowledgeBaseProvider from the knowledge registration.</summary>
    public static IServiceCollection AddRoleBotUnderstanding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<INluContentProvider>(sp => new FileNluContentProvider(
            Path.Combine(ContentPaths.DialogsRoot(sp.GetService<IConfiguration>() ?? configuration), LanguageFolder),
            sp.GetRequiredService<ILogger<FileNluContentProvider>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<ContentStartupCheck<NluContent>>(sp => new(sp.GetRequiredService<INluContentProvider>()));
        services.AddSingleton<IRoleRecognizer, RoleRecognizer>();
        return services;
    }
}
