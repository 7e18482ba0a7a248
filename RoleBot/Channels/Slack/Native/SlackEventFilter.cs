using System.Text.Json;
using RoleBot.Protocol;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// Which events get an answer. A mention in a channel is answered from app_mention, a direct message from
/// message.im: a channel mention also arrives as a message when message.channels is subscribed, so channel
/// messages are never answered, nor app_mention in a DM. Bots (this one included) and message subtypes other
/// than a user's own post are ignored.
/// </summary>
public static class SlackEventFilter
{
    // Subtypes that are still a person posting: a message with a file, a thread reply also sent to the channel.
    private static readonly HashSet<string> UserSubtypes = new(StringComparer.Ordinal) { "file_share", "thread_broadcast" };

    public static SlackEventDecision Decide(JsonElement envelope, string? configuredBotUserId)
    {
        if (!envelope.TryGetProperty("event", out var ev) || ev.ValueKind != JsonValueKind.Object)
        {
            return SlackEventDecision.Ignore("no event");
        }

        var type = ev.StringOrNull("type");
        var channel = ev.StringOrNull("channel");
        if (type is not ("app_mention" or "message") || channel is null)
        {
            return SlackEventDecision.Ignore("not a message or mention");
        }

        var direct = SlackOrigin.IsDirectChannel(channel, ev.StringOrNull("channel_type"));
        var botUsers = BotUserIds(envelope, configuredBotUserId);
        var user = ev.StringOrNull("user");
        var rejection = (type, direct) switch
        {
            ("message", false) => "channel messages are answered from app_mention",
            ("app_mention", true) => "direct messages are answered from message.im",
            _ when ev.StringOrNull("bot_id") is not null || ev.TryGetProperty("bot_profile", out _) => "sent by a bot",
            _ when ev.StringOrNull("subtype") is { } subtype && !UserSubtypes.Contains(subtype) => "not a user message",
            _ when user is null => "no user",
            _ when botUsers.Contains(user) => "sent by this bot",
            _ => null,
        };
        if (rejection is not null)
        {
            return SlackEventDecision.Ignore(rejection);
        }

        var team = envelope.StringOrNull("team_id") ?? ev.StringOrNull("team");
        var ts = ev.StringOrNull("ts");
        if (team is null || ts is null)
        {
            return SlackEventDecision.Ignore("incomplete event");
        }

        var threadTs = ev.StringOrNull("thread_ts");
        // In a channel every answer opens or continues a thread; a DM is one conversation unless the user threads.
        var thread = direct ? threadTs : threadTs ?? ts;
        var origin = new SlackOrigin(
            envelope.StringOrNull("api_app_id") ?? "app", team, channel, thread, user!, configuredBotUserId ?? botUsers.FirstOrDefault(), direct);
        return SlackEventDecision.Answer(new SlackInboundEvent(origin, ts, ev.StringOrNull("text") ?? "", new ChannelReply(channel, thread)));
    }

    private static List<string> BotUserIds(JsonElement envelope, string? configured)
    {
        var ids = new List<string>();
        if (configured is { Length: > 0 })
        {
            ids.Add(configured);
        }

        if (envelope.TryGetProperty("authorizations", out var authorizations) && authorizations.ValueKind == JsonValueKind.Array)
        {
            ids.AddRange(authorizations.EnumerateArray()
                .Where(a => a.ValueKind == JsonValueKind.Object && (!a.TryGetProperty("is_bot", out var isBot) || isBot.ValueKind != JsonValueKind.False))
                .Select(a => a.StringOrNull("user_id"))
                .OfType<string>());
        }

        return ids;
    }
}
