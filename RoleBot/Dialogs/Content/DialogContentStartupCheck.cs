using RoleBot.Content.Dialogs;
using RoleBot.Content.Templates;
using RoleBot.Dialogs.Answering;
using RoleBot.Dialogs.Prompts;

namespace RoleBot.Dialogs.Content;

/// <summary>
/// Loads every dialog's content when the app starts, so a missing file, broken JSON, a deleted text or a
/// placeholder the code does not provide stops the deployment with a clear message instead of failing the first
/// conversation that needs it.
/// </summary>
public sealed class DialogContentStartupCheck(DialogContentStore store) : IHostedService
{
    public static readonly IReadOnlyList<(string Name, IReadOnlyList<TemplateKey> Texts)> All =
    [
        (BotTexts.ContentName, BotTexts.Texts),
        (nameof(MainDialog), MainDialog.Texts),
        (nameof(CompareRolesDialog), CompareRolesDialog.Texts),
        (nameof(DisambiguateRoleDialog), DisambiguateRoleDialog.Texts),
        (nameof(RolePrompt), RolePrompt.Texts),
        (RoleAnswerer.ContentName, RoleAnswerer.Texts),
        (OrganisationAnswerer.ContentName, OrganisationAnswerer.Texts),
    ];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, texts) in All)
        {
            store.Get(name, texts);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
