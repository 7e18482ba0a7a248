using System.Text.Json.Nodes;
using RoleBot.Protocol;
using RoleBot.Protocol.Turns;
using RoleBot.State;

namespace RoleBot.Dialogs.Engine;

/// <summary>
/// One turn's view of the dialog stack (kept in <see cref="ConversationData.DialogStack"/>, innermost last).
/// Ending a dialog resumes its parent in the same turn, so a chain of completed steps finishes at once.
/// </summary>
public sealed class DialogContext(ITurnContext turnContext, ConversationData data, DialogRegistry dialogs, DialogInput input)
{
    public ITurnContext TurnContext { get; } = turnContext;

    public ConversationData Data { get; } = data;

    public DialogInput Input { get; } = input;

    public DialogInstance? ActiveDialog => Data.DialogStack.Count > 0 ? Data.DialogStack[^1] : null;

    /// <summary>The active dialog's own state bag.</summary>
    public JsonObject State => ActiveDialog?.State ?? throw new InvalidOperationException("No dialog is active.");

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken)
    {
        var dialog = dialogs.Get(dialogId);
        Data.DialogStack.Add(new DialogInstance { Id = dialogId });
        return dialog.BeginAsync(this, options?.DeepClone(), cancellationToken);
    }

    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return Task.FromResult(DialogTurnResult.Empty);
        }

        if (dialogs.Find(active.Id) is not { } dialog)
        {
            // A stack saved by an older build can name a dialog that no longer exists; start fresh rather than fail every turn.
            Data.DialogStack.Clear();
            return Task.FromResult(DialogTurnResult.Empty);
        }

        return dialog.ContinueAsync(this, cancellationToken);
    }

    public async Task<DialogTurnResult> EndDialogAsync(JsonNode? result, CancellationToken cancellationToken)
    {
        if (Data.DialogStack.Count > 0)
        {
            Data.DialogStack.RemoveAt(Data.DialogStack.Count - 1);
        }

        if (ActiveDialog is { } parent && dialogs.Find(parent.Id) is { } dialog)
        {
            return await dialog.ResumeAsync(this, result?.DeepClone(), cancellationToken);
        }

        Data.DialogStack.Clear();
        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Swaps the active dialog for another without resuming the parent (a loop or a hand-over).</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken)
    {
        if (Data.DialogStack.Count > 0)
        {
            Data.DialogStack.RemoveAt(Data.DialogStack.Count - 1);
        }

        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public Task<DialogTurnResult> CancelAllDialogsAsync()
    {
        Data.DialogStack.Clear();
        return Task.FromResult(DialogTurnResult.Cancelled);
    }

    public Task RepromptAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } active && dialogs.Find(active.Id) is { } dialog
            ? dialog.RepromptAsync(this, cancellationToken)
            : Task.CompletedTask;

    public Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        TurnContext.SendActivityAsync(activity, cancellationToken);

    public Task<string?> SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(new Activity { Type = ActivityTypes.Message, Text = text }, cancellationToken);
}
