using System.Text.Json.Serialization;

namespace RoleBot.Channels.Slack;

// A Slack message for chat.postMessage: Text is the notification and screen-reader fallback for Blocks.
public sealed record SlackMessage(string Text, IReadOnlyList<SlackBlock> Blocks);

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
public abstract record SlackBlock
{
    public string? BlockId { get; init; }
}

public sealed record HeaderBlock(SlackText Text) : SlackBlock;

public sealed record SectionBlock : SlackBlock
{
    public SlackText? Text { get; init; }

    public IReadOnlyList<SlackText>? Fields { get; init; }
}

public sealed record DividerBlock : SlackBlock;

public sealed record ContextBlock(IReadOnlyList<SlackText> Elements) : SlackBlock;

public sealed record ActionsBlock(IReadOnlyList<SlackButton> Elements) : SlackBlock;

// A text object: "plain_text" is shown as typed; "mrkdwn" must have & < > escaped (see SlackEscaping).
public sealed record SlackText(string Type, string Text)
{
    public static SlackText Plain(string text) => new("plain_text", text);

    public static SlackText Markdown(string text) => new("mrkdwn", text);
}

public sealed record SlackButton(SlackText Text, string ActionId, string Value)
{
    [JsonPropertyOrder(-1)]
    public string Type => "button";
}
