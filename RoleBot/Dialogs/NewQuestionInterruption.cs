using RoleBot.Dialogs.Engine;
using RoleBot.Dialogs.Questions;
using RoleBot.Telemetry;
using RoleBot.Understanding;

namespace RoleBot.Dialogs;

/// <summary>
/// While the bot waits for one role, a complete new question ("is a VP higher than a CEO?") is not an answer:
/// the pending question is dropped and the new one is answered from scratch.
/// </summary>
public sealed class NewQuestionInterruption : IDialogInterruption
{
    public Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var understanding = dc.Input.Understanding;
        var isNewQuestion = !dc.Input.IsClick
            && (understanding.Intent == Intent.Faq
                || (IntentRoles.IsPair(understanding.Intent) && understanding.Roles.Count >= 2));
        if (dc.ActiveDialog is not null && isNewQuestion)
        {
            dc.Data.DialogStack.Clear();
            dc.TurnContext.Report().ClarificationAbandoned = true;
        }

        // Not handled: the runner goes on and, with the stack empty, starts the main dialog on this input.
        return Task.FromResult(false);
    }
}
