using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.Answers.Documents;
using RoleBot.Answers.Templates;
using RoleBot.Content;

namespace RoleBot.Answers;

public static class AnswerServiceExtensions
{
    /// <summary>Channel-neutral answers: documents worded from answers.json (served by AddRoleBotContent) and the reply composer.</summary>
    public static IServiceCollection AddRoleBotAnswers(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new AnswerDocuments(sp.GetRequiredService<IContentSource<AnswerTemplates>>()));
        services.TryAddSingleton<AnswerComposer>();
        return services;
    }
}
