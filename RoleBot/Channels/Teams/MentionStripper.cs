using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using RoleBot.Protocol;

namespace RoleBot.Channels.Teams;

/// <summary>
/// Removes the bot's own @mention from a message (SDK RemoveRecipientMention): only mention entities whose
/// mentioned.id is the recipient count, so "@RoleBot ask @Alice's manager" keeps Alice. Identity comes from the
/// entities, never from the text.
/// </summary>
public static partial class MentionStripper
{
    public static string Strip(Activity activity)
    {
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(botId) || activity.Entities is not { Count: > 0 } entities)
        {
            return Tidy(text);
        }

        foreach (var entity in entities)
        {
            if (MentionOf(entity, botId) is { } mentionText)
            {
                text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        return Tidy(text);
    }

    /// <summary>The text the mention occupies, or null when the entity does not mention the bot.</summary>
    private static string? MentionOf(JsonElement entity, string botId)
    {
        if (entity.ValueKind != JsonValueKind.Object
            || !entity.TryGetProperty("type", out var type)
            || !IsMentionType(type.GetString())
            || !entity.TryGetProperty("mentioned", out var mentioned)
            || mentioned.ValueKind != JsonValueKind.Object
            || !mentioned.TryGetProperty("id", out var id)
            || !string.Equals(id.GetString(), botId, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (entity.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } mentionText)
        {
            return mentionText;
        }

        return mentioned.TryGetProperty("name", out var name) && name.GetString() is { Length: > 0 } botName
            ? $"<at>{botName}</at>"
            : null;
    }

    private static bool IsMentionType(string? type) =>
        string.Equals(type, "mention", StringComparison.OrdinalIgnoreCase)
        || string.Equals(type, "https://botframework.com/schema/mention", StringComparison.OrdinalIgnoreCase);

    private static string Tidy(string text) =>
        Whitespace().Replace(WebUtility.HtmlDecode(text).Replace('\u00a0', ' '), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
