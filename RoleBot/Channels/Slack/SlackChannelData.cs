using System.Text.Json;
using RoleBot.Protocol;

namespace RoleBot.Channels.Slack;

/// <summary>
/// Reads what Azure Bot Service's Slack channel puts in channelData (docs/slack-and-cards.md §1.2): for events
/// {"SlackMessage": the Events API envelope, "ApiToken": "xoxb-…"}, for button clicks {"Payload": the
/// block_actions payload, "ApiToken": …}. Only the few members the bot needs are read; the token never is, and
/// nothing here may be logged.
/// </summary>
public static class SlackChannelData
{
    private const int MaxPayloadDepth = 8;

    /// <summary>The bot's own Slack user id ("U…"), which is how a mention of it appears in message text.</summary>
    public static string? BotUserId(JsonElement? channelData) =>
        Envelope(channelData) is { } envelope
        && envelope.TryGetProperty("authorizations", out var authorizations)
        && authorizations.ValueKind == JsonValueKind.Array
        && authorizations.GetArrayLength() > 0
            ? authorizations[0].StringOrNull("user_id")
            : null;

    /// <summary>The inner Slack event (type, user, text, channel, channel_type, bot_id, subtype, …), if any.</summary>
    public static JsonElement? Event(JsonElement? channelData) =>
        Envelope(channelData) is { } envelope && envelope.TryGetProperty("event", out var inner) && inner.ValueKind == JsonValueKind.Object
            ? inner
            : null;

    /// <summary>
    /// The value of the clicked button of a block_actions payload, read as JSON; a value that is not JSON comes
    /// back as a JSON string so the card router can reject it politely. Null when this is not a button click.
    /// </summary>
    public static JsonElement? ClickedValue(JsonElement? channelData)
    {
        if (Member(channelData, "Payload") is not { } payload
            || payload.StringOrNull("type") != "block_actions"
            || !payload.TryGetProperty("actions", out var actions)
            || actions.ValueKind != JsonValueKind.Array
            || actions.GetArrayLength() == 0
            || actions[0].StringOrNull("value") is not { } value)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(value, new JsonDocumentOptions { MaxDepth = MaxPayloadDepth });
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(value);
        }
    }

    /// <summary>The Slack team (T…/E…): the Events API envelope's team_id or the event's team, else a click payload's team.id.</summary>
    public static string? TeamId(JsonElement? channelData)
    {
        if (Envelope(channelData) is { } envelope)
        {
            return envelope.StringOrNull("team_id") ?? (Event(channelData) is { } inner ? inner.StringOrNull("team") : null);
        }

        return Member(channelData, "Payload") is { } payload && payload.TryGetProperty("team", out var team) && team.ValueKind == JsonValueKind.Object
            ? team.StringOrNull("id")
            : null;
    }

    private static JsonElement? Envelope(JsonElement? channelData) => Member(channelData, "SlackMessage");

    private static JsonElement? Member(JsonElement? channelData, string name) =>
        channelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.Object
            ? member
            : null;
}
