using RoleBot.Protocol;

namespace RoleBot.Channels.Slack;

/// <summary>
/// Where a Slack activity happens. Azure Bot Service names the conversation "{botId}:{teamId}:{channel}[:{thread_ts}]"
/// and people "U…:T…"; Slack channel ids start with C (public channel), G (private channel or group DM) or D (DM).
/// </summary>
public static class SlackConversation
{
    private static readonly string[] SharedChannelTypes = ["channel", "group", "mpim"];

    public static string? Channel(Activity activity)
    {
        var parts = activity.Conversation?.Id?.Split(':') ?? [];
        return parts.Length is 3 or 4 && parts[2].Length > 0
            ? parts[2]
            : SlackChannelData.Event(activity.ChannelData).StringOrNull("channel");
    }

    /// <summary>A channel or group DM: several people read what the bot posts there.</summary>
    public static bool IsShared(Activity activity)
    {
        var type = SlackChannelData.Event(activity.ChannelData).StringOrNull("channel_type");
        if (type is not null)
        {
            return SharedChannelTypes.Contains(type, StringComparer.OrdinalIgnoreCase) || type is "C" or "G";
        }

        return activity.Conversation?.IsGroup == true || Channel(activity) is ['C' or 'G', ..];
    }

    /// <summary>The bot itself, whether named by its bot id (recipient "B…:T…") or by its Slack user id ("U…").</summary>
    public static bool IsBot(Activity activity, ChannelAccount member)
    {
        var id = SlackId(member.Id);
        return id is not null
            && (id == SlackId(activity.Recipient?.Id) || id == SlackChannelData.BotUserId(activity.ChannelData));
    }

    private static string? SlackId(string? accountId) => accountId?.Split(':')[0] is { Length: > 0 } id ? id : null;
}
