using RoleBot.Dialogs.Answering;
using RoleBot.Dialogs.Prompts;

namespace RoleBot.Dialogs.Content;

/// <summary>
/// Loads every dialog's content when the app starts, so a missing file, broken JSON or a deleted text stops the
/// deployment with a clear message instead of failing the first conversation that needs it.
/// </summary>
public sealed class DialogContentStartupCheck(DialogContentStore store) : IHostedService
{
    public static readonly IReadOnlyList<(string Name, string[] Required)> All =
    [
        (BotTexts.ContentName, BotTexts.Required),
        (nameof(MainDialog), MainDialog.Required),
        (nameof(CompareRolesDialog), CompareRolesDialog.Required),
        (nameof(DisambiguateRoleDialog), DisambiguateRoleDialog.Required),
        (nameof(RolePrompt), RolePrompt.Required),
        (RoleAnswerer.ContentName, RoleAnswerer.Required),
    ];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, required) in All)
        {
            store.Get(name, required);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
