namespace RoleBot.Dialogs.Engine;

/// <summary>
/// Checked before the active dialog sees the input (CoreBot's CancelAndHelpDialog, but for every dialog at once):
/// returns true when it handled the turn itself.
/// </summary>
public interface IDialogInterruption
{
    Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken);
}
