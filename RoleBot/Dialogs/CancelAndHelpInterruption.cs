using RoleBot.Dialogs.Content;
using RoleBot.Dialogs.Engine;
using RoleBot.Dialogs.Replies;
using RoleBot.Understanding;

namespace RoleBot.Dialogs;

/// <summary>
/// "cancel", "never mind", "stop", "start over" and "help" work at any point, inside any dialog: cancel clears
/// the stack (the next question is answered normally), start over also forgets the follow-up context, and help
/// answers and then re-asks whatever question was pending.
/// </summary>
public sealed class CancelAndHelpInterruption(BotTexts texts, DialogReplies replies) : IDialogInterruption
{
    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        switch (dc.Input.IsClick ? Intent.None : dc.Input.Understanding.Intent)
        {
            case Intent.Cancel:
                var hadDialog = dc.ActiveDialog is not null;
                await dc.CancelAllDialogsAsync();
                await dc.SendTextAsync(hadDialog ? texts["cancelled"] : texts["nothingToCancel"], cancellationToken);
                return true;
            case Intent.StartOver:
                await dc.CancelAllDialogsAsync();
                dc.Data.LastRoleIds = [];
                dc.Data.RecentRoleIds = [];
                dc.Data.LastIntent = null;
                await dc.SendTextAsync(texts["startOver"], cancellationToken);
                return true;
            case Intent.Help:
                await dc.SendAsync(replies.WithExamples(texts["help"]), cancellationToken);
                await dc.RepromptAsync(cancellationToken);
                return true;
            default:
                return false;
        }
    }
}
