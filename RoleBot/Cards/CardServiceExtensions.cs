using RoleBot.Answers;
using RoleBot.Answers.Documents;
using RoleBot.Answers.Templates;
using RoleBot.Cards.Rendering;

namespace RoleBot.Cards;

public static class CardServiceExtensions
{
    public const string UniversalActionsKey = "RoleBot:Cards:UniversalActions";

    // Answer wording (answers.json), the reply composer and Adaptive Card rendering.
    public static IServiceCollection AddRoleBotCards(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => AnswerTemplatesLoader.Load(configuration));
        services.AddSingleton<AnswerDocuments>();
        services.AddSingleton(new CardRenderOptions(configuration.GetValue<bool>(UniversalActionsKey)));
        services.AddSingleton<AdaptiveCardRenderer>();
        services.AddSingleton<CardReplies>();
        services.AddSingleton<AnswerComposer>();
        return services;
    }
}
