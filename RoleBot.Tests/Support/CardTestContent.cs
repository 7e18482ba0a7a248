using RoleBot.Answers;
using RoleBot.Answers.Documents;
using RoleBot.Answers.Templates;
using RoleBot.Cards.Rendering;
using RoleBot.Channels;
using RoleBot.Channels.Emulator;
using RoleBot.Channels.Slack;
using RoleBot.Channels.Teams;
using RoleBot.Channels.WebChat;
using RoleBot.Content;
using RoleBot.Content.Answers;
using RoleBot.Protocol;

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

    public static AnswerComposer Composer { get; } = new(Documents);

    /// <summary>The product's channel adapters over the renderers above, as AddRoleBotChannels builds them.</summary>
    public static ChannelAdapters Channels { get; } = new(
        [new TeamsAdapter(new CardReplies(Cards)), new SlackAdapter(), new WebChatAdapter(new CardReplies(Cards), Microsoft.Extensions.Options.Options.Create(new RoleBot.Channels.WebChat.Page.WebChatPageOptions())), new EmulatorAdapter(new CardReplies(Cards))]);

    /// <summary>A composed reply as it leaves for <paramref name="channelId"/>: addressed to that channel and shaped by its adapter.</summary>
    public static Activity Shaped(Activity reply, string? channelId)
    {
        reply.ChannelId = channelId;
        Channels.Shape(reply);
        return reply;
    }
}
