using RoleBot.Protocol;

namespace RoleBot.State;

/// <summary>
/// "{channelId}/{conversationId}": the same conversation id on two channels (a Direct Line and a Slack conversation,
/// say) is two conversations. The channel id is escaped so that the first "/" always ends it: a sender-chosen
/// channelId such as "slack/x" cannot make its key equal to channel "slack", conversation "x/…". Real channel ids
/// (msteams, slack, directline, webchat, emulator) are unchanged by the escaping.
/// </summary>
public static class StateKeys
{
    public static string For(Activity activity) => For(activity.ChannelId ?? "unknown", activity.Conversation?.Id ?? "unknown");

    /// <summary>The same key for a channel hosted here that knows its conversation before any activity exists.</summary>
    public static string For(string channelId, string conversationId) => $"{Uri.EscapeDataString(channelId)}/{conversationId}";
}
