using RoleBot.Dialogs.Content;
using RoleBot.Dialogs.Engine;
using RoleBot.Dialogs.Prompts;

namespace RoleBot.Dialogs;

public static class DialogServiceExtensions
{
    /// <summary>The dialog engine, RoleBot's dialogs and their content. Dialogs are stateless singletons; state lives in ConversationData.</summary>
    public static IServiceCollection AddRoleBotDialogs(this IServiceCollection services)
    {
        services.AddSingleton<DialogContentStore>();
        services.AddSingleton<BotTexts>();
        services.AddSingleton<Dialog, MainDialog>();
        services.AddSingleton<Dialog, CompareRolesDialog>();
        services.AddSingleton<Dialog, DisambiguateRoleDialog>();
        services.AddSingleton<Dialog, RolePrompt>();
        services.AddSingleton<DialogRegistry>();

        // Order matters: cancel/help first, so "cancel" inside a prompt is never read as a new question.
        services.AddSingleton<IDialogInterruption, CancelAndHelpInterruption>();
        services.AddSingleton<IDialogInterruption, NewQuestionInterruption>();
        services.AddSingleton<DialogRunner>();
        return services;
    }
}
