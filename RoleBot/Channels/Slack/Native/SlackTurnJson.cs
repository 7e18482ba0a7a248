using System.Text.Json;
using RoleBot.Protocol;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// A Slack turn as the shared journal keeps it: the activity and where its replies go. Marked with its own kind so
/// the journal tells it from /api/messages turns. A response_url is a credential: it is stored (like the turn
/// itself) but never logged.
/// </summary>
public static class SlackTurnJson
{
    private const string SlackTurnKind = "slack-turn";

    public static string Write(Activity activity, SlackReplyTarget target) => JsonSerializer.Serialize(target switch
    {
        ChannelReply channel => new Stored(SlackTurnKind, activity, channel.Channel, channel.ThreadTs, null, false, false),
        ResponseUrlReply url => new Stored(SlackTurnKind, activity, null, null, url.ResponseUrl, url.Ephemeral, url.Shareable),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target.GetType().Name, "Unknown Slack reply target."),
    }, ActivityJson.Options);

    /// <summary>Null when the payload is not a Slack turn (or is one this build cannot read).</summary>
    public static (Activity Activity, SlackReplyTarget Target)? Read(string payload)
    {
        Stored? stored;
        try
        {
            stored = JsonSerializer.Deserialize<Stored>(payload, ActivityJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }

        if (stored is not { Kind: SlackTurnKind, Activity: { } activity })
        {
            return null;
        }

        SlackReplyTarget? target = stored switch
        {
            { Channel: { } channel } => new ChannelReply(channel, stored.ThreadTs),
            { ResponseUrl: { } url } => new ResponseUrlReply(url, stored.Ephemeral, stored.Shareable),
            _ => null,
        };
        return target is null ? null : (activity, target);
    }

    private sealed record Stored(string? Kind, Activity? Activity, string? Channel, string? ThreadTs, Uri? ResponseUrl, bool Ephemeral, bool Shareable);
}
