namespace RoleBot.Dialogs.Engine;

/// <summary>All dialogs by id, so a stack read back from storage can find the code for each frame.</summary>
public sealed class DialogRegistry
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogRegistry(IEnumerable<Dialog> dialogs)
    {
        foreach (var dialog in dialogs)
        {
            if (!_dialogs.TryAdd(dialog.Id, dialog))
            {
                throw new InvalidOperationException($"Two dialogs are registered with the id '{dialog.Id}'.");
            }
        }
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    public Dialog Get(string id) =>
        Find(id) ?? throw new InvalidOperationException($"No dialog is registered with the id '{id}'.");
}
