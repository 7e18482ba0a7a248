using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.Answers.Templates;
using RoleBot.Content.Answers;
using RoleBot.Content.Dialogs;
using RoleBot.Content.Knowledge;
using RoleBot.Content.LanguageUnderstanding;
using RoleBot.Content.Organisations;
using RoleBot.Knowledge;
using RoleBot.Understanding.Content;

namespace RoleBot.Content;

public static class ContentServiceExtensions
{
    /// <summary>
    /// The four kinds of content in dialogs/ (knowledge base, language understanding, answer wording, dialog texts),
    /// each served by one reloading <see cref="ContentSource{T}"/>; a broken file stops startup with its reason.
    /// Paths are resolved when first needed, so configuration added after registration (tests, hosting) applies.
    /// </summary>
    public static IServiceCollection AddRoleBotContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton(sp => new FileKnowledgeBaseProvider(
            KnowledgeBaseLocation.Resolve(Configuration(sp, configuration)),
            sp.GetRequiredService<ILogger<FileKnowledgeBaseProvider>>(),
            sp.GetRequiredService<TimeProvider>()));
        // Inside a turn of an organisation's user, every service reads that organisation's view of the knowledge base.
        services.TryAddSingleton<IKnowledgeBaseProvider>(sp => new ScopedKnowledgeBaseProvider(sp.GetRequiredService<FileKnowledgeBaseProvider>()));
        services.AddHostedService<ContentStartupCheck<KnowledgeBase>>(sp => new(sp.GetRequiredService<IKnowledgeBaseProvider>()));

        services.TryAddSingleton<INluContentProvider>(sp => new FileNluContentProvider(
            Path.Combine(ContentPaths.DialogsRoot(Configuration(sp, configuration)), NluContentReader.RelativePath),
            sp.GetRequiredService<ILogger<FileNluContentProvider>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<ContentStartupCheck<NluContent>>(sp => new(sp.GetRequiredService<INluContentProvider>()));

        services.TryAddSingleton<IContentSource<AnswerTemplates>>(sp => new FileAnswerTemplatesProvider(
            AnswerTemplatesLoader.PathIn(Configuration(sp, configuration)),
            sp.GetRequiredService<ILogger<FileAnswerTemplatesProvider>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<ContentStartupCheck<AnswerTemplates>>(sp => new(sp.GetRequiredService<IContentSource<AnswerTemplates>>()));

        services.TryAddSingleton<DialogContentStore>();
        services.AddRoleBotOrganisations(configuration);
        return services;
    }

    private static IConfiguration Configuration(IServiceProvider services, IConfiguration registered) =>
        services.GetService<IConfiguration>() ?? registered;
}
