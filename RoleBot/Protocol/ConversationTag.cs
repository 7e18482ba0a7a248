using System.Security.Cryptography;
using System.Text;

namespace RoleBot.Protocol;

/// <summary>A short stable hash of channel + conversation id: correlates log lines without logging the id itself.</summary>
public static class ConversationTag
{
    public static string For(Activity activity) => ForKey($"{activity.ChannelId}/{activity.Conversation?.Id}");

    /// <summary>The same tag from a state key ("{channelId}/{conversationId}"), for stores that only see keys.</summary>
    public static string ForKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 6));
}
