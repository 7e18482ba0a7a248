using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.Bots;
using RoleBot.Dialogs.Answering;
using RoleBot.Content.Dialogs;
using RoleBot.Dialogs.Content;
using RoleBot.Dialogs.Engine;
using RoleBot.Dialogs.Prompts;
using RoleBot.Dialogs.Questions;
using RoleBot.Dialogs.Replies;
using RoleBot.Protocol;

namespace RoleBot.Dialogs;

public static class DialogServiceExtensions
{
    /// <summary>
    /// The dialog engine, RoleBot's dialogs, their content and the bot (IBot) that runs them. Dialogs are stateless
    /// singletons; state lives in ConversationData. Needs the knowledge, understanding and cards registrations.
    /// </summary>
    public static IServiceCollection AddRoleBotDialogs(this IServiceCollection services)
    {
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DialogContentStore>();
        services.AddHostedService<DialogContentStartupCheck>();
        services.AddSingleton<BotTexts>();
        services.AddSingleton<DialogReplies>();
        services.AddSingleton<SenseSettler>();
        services.AddSingleton<VerdictExplainer>();
        services.AddSingleton<IRoleAnswerer, RoleAnswerer>();
        services.AddSingleton<Dialog, MainDialog>();
        services.AddSingleton<Dialog, CompareRolesDialog>();
        services.AddSingleton<Dialog, DisambiguateRoleDialog>();
        services.AddSingleton<Dialog, RolePrompt>();
        services.AddSingleton<DialogRegistry>();

        // Order matters: cancel/help first, so "cancel" inside a prompt is never read as a new question.
        services.AddSingleton<IDialogInterruption, CancelAndHelpInterruption>();
        services.AddSingleton<IDialogInterruption, NewQuestionInterruption>();
        services.AddSingleton<DialogRunner>();

        // The bot is per turn (CoreBot registers it transient); everything it uses is a singleton.
        services.AddSingleton<CardSubmitRouter>();
        services.AddSingleton<CardSubmitHandler>();
        services.AddTransient<IBot, RoleBotActivityHandler>();
        return services;
    }
}
