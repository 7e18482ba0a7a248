using RoleBot.Protocol.Turns;
using RoleBot.State;
using RoleBot.Telemetry;

namespace RoleBot.Dialogs.Engine;

/// <summary>
/// Runs one turn: interruptions first, then the active dialog, and when nothing is active the root dialog.
/// </summary>
public sealed class DialogRunner(DialogRegistry dialogs, IEnumerable<IDialogInterruption> interruptions)
{
    public async Task<DialogTurnResult> RunAsync(
        ITurnContext turnContext, ConversationData data, DialogInput input, string rootDialogId, CancellationToken cancellationToken)
    {
        var startedIn = data.DialogStack.Count > 0 ? data.DialogStack[^1].Id : rootDialogId;
        var result = await RunCoreAsync(turnContext, data, input, rootDialogId, cancellationToken);

        // A turn that ends on a question back was a clarification, unless a dialog said otherwise.
        var report = turnContext.Report();
        report.Dialog = startedIn;
        if (result.Status == DialogTurnStatus.Waiting)
        {
            report.Outcome ??= AnswerOutcome.Clarified;
        }

        return result;
    }

    private async Task<DialogTurnResult> RunCoreAsync(
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
