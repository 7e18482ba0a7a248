using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using RoleBot.Protocol;

namespace RoleBot.Channels.WebChat.DirectLine.Conversations;

/// <summary>
/// Conversations in memory: idle ones expire, and past the cap the least recently used is evicted. Being in one
/// process, a scaled-out deployment needs sticky sessions (or a single instance) for Direct Line.
/// Eviction scans all entries, but only when a conversation is created, and the count is bounded.
/// </summary>
public sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineConversationStore> logger)
{
    private readonly DirectLineOptions _options = options.Value;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _conversations.Count;
            }
        }
    }

    public DirectLineConversation Create(ChannelAccount user)
    {
        var now = time.GetUtcNow();
        var conversation = new DirectLineConversation(NewId(), user, _options, now);
        lock (_gate)
        {
            RemoveIdle(now);
            while (_conversations.Count >= _options.MaxConversations)
            {
                var leastRecent = _conversations.Values.MinBy(c => c.LastUsed)!;
                _conversations.Remove(leastRecent.Id);
                DirectLineLog.ConversationEvicted(logger, leastRecent.Tag);
            }

            _conversations[conversation.Id] = conversation;
        }

        return conversation;
    }

    /// <summary>The conversation, marked as used now; null when unknown or idle too long.</summary>
    public DirectLineConversation? Find(string id)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (!_conversations.TryGetValue(id, out var conversation))
            {
                return null;
            }

            if (IsIdle(conversation, now))
            {
                _conversations.Remove(id);
                return null;
            }

            conversation.Touch(now);
            return conversation;
        }
    }

    private void RemoveIdle(DateTimeOffset now)
    {
        foreach (var idle in _conversations.Values.Where(c => IsIdle(c, now)).ToList())
        {
            _conversations.Remove(idle.Id);
        }
    }

    private bool IsIdle(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastUsed >= _options.ConversationIdleExpiry;

    // URL-safe and unguessable; a token, not the id, is what grants access.
    private static string NewId() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(18));
}
