using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.Dialogs.Answering;
using RoleBot.Dialogs.Content;
using RoleBot.Dialogs.Engine;
using RoleBot.Dialogs.Memory;
using RoleBot.Dialogs.Prompts;
using RoleBot.Dialogs.Questions;
using RoleBot.Dialogs.Replies;

namespace RoleBot.Dialogs;

public static class DialogServiceExtensions
{
    /// <summary>
    /// The dialog engine and RoleBot's dialogs. Dialogs are stateless singletons; state lives in ConversationData.
    /// Needs the content, knowledge, understanding and answers registrations.
    /// </summary>
    public static IServiceCollection AddRoleBotDialogs(this IServiceCollection services)
    {
        services.AddHostedService<DialogContentStartupCheck>();
        services.AddOptions<ConversationMemoryOptions>()
            .BindConfiguration(ConversationMemoryOptions.Section)
            .Validate(o => o.ContextTurns >= 0 && o.MaxRoles >= 2, $"{ConversationMemoryOptions.Section}: ContextTurns must not be negative and MaxRoles must be at least 2.")
            .ValidateOnStart();
        services.TryAddSingleton<ConversationMemory>();
        services.TryAddSingleton<RememberedRoles>();
        services.TryAddSingleton<BotTexts>();
        services.TryAddSingleton<DialogReplies>();
        services.TryAddSingleton<SenseSettler>();
        services.TryAddSingleton<VerdictExplainer>();
        services.TryAddSingleton<OrganisationAnswerer>();
        services.AddOptions<AnswerMemoOptions>()
            .BindConfiguration(AnswerMemoOptions.Section)
            .Validate(o => o.RememberedAnswers >= 0, $"{AnswerMemoOptions.Section}: RememberedAnswers must not be negative.")
            .ValidateOnStart();
        services.TryAddSingleton<RoleAnswerer>();
        services.TryAddSingleton<IRoleAnswerer, RememberedAnswers>();
        services.TryAddSingleton<PassageAnswerer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Dialog, MainDialog>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Dialog, CompareRolesDialog>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Dialog, DisambiguateRoleDialog>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Dialog, RolePrompt>());
        services.TryAddSingleton<DialogRegistry>();

        // Order matters: cancel/help first, so "cancel" inside a prompt is never read as a new question.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDialogInterruption, CancelAndHelpInterruption>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDialogInterruption, NewQuestionInterruption>());
        services.TryAddSingleton<DialogRunner>();
        return services;
    }
}
