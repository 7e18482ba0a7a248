using RoleBot.Protocol;

namespace RoleBot.State;

public static class StateKeys
{
    public static string For(Activity activity) => For(activity.ChannelId ?? "unknown", activity.Conversation?.Id ?? "unknown");

    /// <summary>The same key for a channel hosted here that knows its conversation before any activity exists.</summary>
    public static string For(string channelId, string conversationId) => $"{channelId}/{conversationId}";
}
