using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.Answers;
using RoleBot.Answers.Documents;
using RoleBot.Answers.Templates;
using RoleBot.Cards.Rendering;
using RoleBot.Content;
using RoleBot.Content.Answers;

namespace RoleBot.Cards;

public static class CardServiceExtensions
{
    public const string UniversalActionsKey = "RoleBot:Cards:UniversalActions";

    // Answer wording (answers.json), the reply composer and Adaptive Card rendering.
    public static IServiceCollection AddRoleBotCards(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IContentSource<AnswerTemplates>>(sp => new FileAnswerTemplatesProvider(
            AnswerTemplatesLoader.PathIn(sp.GetService<IConfiguration>() ?? configuration),
            sp.GetRequiredService<ILogger<FileAnswerTemplatesProvider>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<ContentStartupCheck<AnswerTemplates>>(sp => new(sp.GetRequiredService<IContentSource<AnswerTemplates>>()));
        services.AddSingleton(sp => new AnswerDocuments(sp.GetRequiredService<IContentSource<AnswerTemplates>>()));
        services.AddSingleton(new CardRenderOptions(configuration.GetValue<bool>(UniversalActionsKey)));
        services.AddSingleton<AdaptiveCardRenderer>();
        services.AddSingleton<CardReplies>();
        services.AddSingleton<AnswerComposer>();
        return services;
    }
}
