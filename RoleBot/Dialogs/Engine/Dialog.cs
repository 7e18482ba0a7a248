using System.Text.Json.Nodes;

namespace RoleBot.Dialogs.Engine;

/// <summary>
/// A step of a conversation that may span turns. Dialog objects are stateless singletons: everything a dialog
/// must remember between turns lives in <see cref="DialogContext.State"/> (plain JSON), so the stack survives
/// a restart or a move to another instance.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken);

    /// <summary>The user answered while this dialog was on top of the stack.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child dialog this one started has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, JsonNode? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the pending question again (after help interrupted it). Dialogs that ask nothing do nothing.</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;
}
