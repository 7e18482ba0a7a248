using System.Text.Json.Nodes;
using RoleBot.Cards.Model;
using RoleBot.Protocol;

namespace RoleBot.Channels.Teams.Search;

/// <summary>An answer activity as search results: its Adaptive Card, previewed by a thumbnail of the card's title and sentence.</summary>
public static class SearchAttachments
{
    public const int MaxPreviewText = 160;

    public static IEnumerable<SearchAttachment> From(Activity answer)
    {
        var text = answer.Text ?? "";
        var title = answer.Summary is { Length: > 0 } summary ? summary : FirstSentence(text);
        foreach (var attachment in answer.Attachments ?? [])
        {
            if (attachment.ContentType == AdaptiveCard.ContentType && attachment.Content is JsonObject card)
            {
                yield return new SearchAttachment(AdaptiveCard.ContentType, card.DeepClone(), new SearchPreview(new ThumbnailContent(title, Shorten(text))));
            }
        }
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOfAny(['.', '?', '!']);
        return Shorten(end > 0 ? text[..(end + 1)] : text);
    }

    private static string Shorten(string text) =>
        text.Length <= MaxPreviewText ? text : text[..(MaxPreviewText - 1)].TrimEnd() + "…";
}
