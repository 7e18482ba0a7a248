using RoleBot.Protocol.Turns;
using RoleBot.State;

namespace RoleBot.Dialogs.Engine;

/// <summary>
/// Runs one turn: interruptions first, then the active dialog, and when nothing is active the root dialog.
/// </summary>
public sealed class DialogRunner(DialogRegistry dialogs, IEnumerable<IDialogInterruption> interruptions)
{
    public async Task<DialogTurnResult> RunAsync(
        ITurnContext turnContext, ConversationData data, DialogInput input, string rootDialogId, CancellationToken cancellationToken)
    {
        var dc = new DialogContext(turnContext, data, dialogs, input);
        foreach (var interruption in interruptions)
        {
            if (await interruption.TryHandleAsync(dc, cancellationToken))
            {
                return dc.ActiveDialog is null ? DialogTurnResult.Empty : DialogTurnResult.Waiting;
            }
        }

        var result = await dc.ContinueDialogAsync(cancellationToken);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(rootDialogId, null, cancellationToken)
            : result;
    }

    /// <summary>Asks the pending question again, e.g. after an old card was clicked.</summary>
    public Task RepromptAsync(ITurnContext turnContext, ConversationData data, DialogInput input, CancellationToken cancellationToken) =>
        new DialogContext(turnContext, data, dialogs, input).RepromptAsync(cancellationToken);
}
