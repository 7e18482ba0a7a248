using System.Text.Json.Nodes;

namespace RoleBot.Channels.Teams.Search;

/// <summary>The composeExtension envelope (docs/protocol.md §5.5): a list of results, or a plain message.</summary>
public sealed record SearchResponse(SearchResult ComposeExtension)
{
    public static SearchResponse Results(IReadOnlyList<SearchAttachment> attachments) =>
        new(new SearchResult("result") { AttachmentLayout = "list", Attachments = attachments });

    public static SearchResponse Message(string text) => new(new SearchResult("message") { Text = text });
}

public sealed record SearchResult(string Type)
{
    public string? AttachmentLayout { get; init; }

    public IReadOnlyList<SearchAttachment>? Attachments { get; init; }

    public string? Text { get; init; }
}

/// <summary>An Adaptive Card result needs a preview (hero or thumbnail) for the result list; the card is what gets inserted.</summary>
public sealed record SearchAttachment(string ContentType, JsonNode Content, SearchPreview Preview);

public sealed record SearchPreview([property: System.Text.Json.Serialization.JsonPropertyOrder(1)] ThumbnailContent Content)
{
    public string ContentType => "application/vnd.microsoft.card.thumbnail";
}

public sealed record ThumbnailContent(string Title, string Text);
