using RoleBot.Answers;
using RoleBot.Answers.Documents;
using RoleBot.Answers.Templates;
using RoleBot.Cards.Rendering;
using RoleBot.Channels.Slack;
using RoleBot.Hosting;

namespace RoleBot.Tests.Support;

// The real answers.json from the repository, and the renderers built on it.
internal static class CardTestContent
{
    public static string DialogsRoot { get; } = ContentPaths.FindDialogsRoot(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException("dialogs/ not found above the test output folder.");

    public static string RepoRoot { get; } = Path.GetDirectoryName(DialogsRoot)!;

    public static AnswerTemplates Templates { get; } = AnswerTemplatesLoader.LoadFile(Path.Combine(DialogsRoot, AnswerTemplatesLoader.RelativePath));

    public static AnswerDocuments Documents { get; } = new(Templates);

    public static AdaptiveCardRenderer Cards { get; } = new(CardRenderOptions.Default);

    public static AdaptiveCardRenderer UniversalCards { get; } = new(new CardRenderOptions(UniversalActions: true));

    public static SlackMessageRenderer Slack { get; } = new();

    public static AnswerComposer Composer { get; } = new(Documents, Cards, Slack);
}
