using System.Security.Cryptography;
using System.Text;

namespace RoleBot.Protocol;

/// <summary>A short stable hash of channel + conversation id: correlates log lines without logging the id itself.</summary>
public static class ConversationTag
{
    public static string For(Activity activity)
    {
        var key = $"{activity.ChannelId}/{activity.Conversation?.Id}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }
}
