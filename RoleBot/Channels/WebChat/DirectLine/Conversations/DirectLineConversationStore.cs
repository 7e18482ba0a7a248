using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using RoleBot.Channels.WebChat.DirectLine.Streams;
using RoleBot.Protocol;
using RoleBot.State;

namespace RoleBot.Channels.WebChat.DirectLine.Conversations;

/// <summary>
/// Conversations in memory: idle ones expire, and past the cap the least recently used is evicted. Being in one
/// process, it serves one instance; with Provider=Postgres the conversations are shared through the database instead.
/// Eviction scans all entries, but only when a conversation is created, and the count is bounded.
/// </summary>
public sealed class DirectLineConversationStore(
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    DirectLineStreamHub streams,
    IConversationStateStore states,
    ILogger<DirectLineConversationStore> logger)
    : IDirectLineConversationStore
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

    public Task<DirectLineConversation> CreateAsync(ChannelAccount user, CancellationToken cancellationToken) => Task.FromResult(Create(user));

    public Task<DirectLineConversation?> FindAsync(string id, CancellationToken cancellationToken) => Task.FromResult(Find(id));

    public Task<bool> TryMarkStartedAsync(DirectLineConversation conversation, CancellationToken cancellationToken) =>
        Task.FromResult(conversation.TryMarkStarted());

    /// <summary>Stored first, then the streams woken: one process, so this is the whole notifier.</summary>
    public Task<string> AppendAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken)
    {
        var id = conversation.History.Append(activity, time.GetUtcNow());
        streams.Wake(conversation.Id);
        return Task.FromResult(id);
    }

    public Task<DirectLinePost?> FindPostAsync(DirectLineConversation conversation, string userId, string clientActivityId, CancellationToken cancellationToken) =>
        Task.FromResult(conversation.History.FindPost(userId, clientActivityId));

    public Task<Activity?> FindActivityAsync(DirectLineConversation conversation, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(conversation.History.Find(activityId) is { } stored ? stored.Deserialize<Activity>(ActivityJson.Options) : null);

    /// <summary>One process: a crash loses the whole conversation anyway, so saving, then appending, is one unit enough.</summary>
    public async Task<bool> CommitTurnAsync(
        DirectLineConversation conversation, string? answering, string stateKey, ConversationData? state, IReadOnlyList<Activity> replies,
        CancellationToken cancellationToken)
    {
        if (answering is not null && conversation.History.HasReplyTo(answering))
        {
            return false;
        }

        if (state is not null)
        {
            await states.SaveAsync(stateKey, state, cancellationToken);
        }

        foreach (var reply in replies)
        {
            await AppendAsync(conversation, reply, cancellationToken);
        }

        return true;
    }

    public Task<(IReadOnlyList<JsonElement> Activities, long Watermark)> SinceAsync(DirectLineConversation conversation, long watermark, CancellationToken cancellationToken) =>
        Task.FromResult(conversation.History.Since(watermark));

    public Task<TimeSpan?> TryTakeAsync(DirectLineConversation conversation, DirectLineRate rate, CancellationToken cancellationToken) =>
        Task.FromResult((rate == DirectLineRate.Post ? conversation.Posts : conversation.Polls).TryTake(time.GetUtcNow()));

    private void RemoveIdle(DateTimeOffset now)
    {
        foreach (var idle in _conversations.Values.Where(c => IsIdle(c, now)).ToList())
        {
            _conversations.Remove(idle.Id);
        }
    }

    private bool IsIdle(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastUsed >= _options.ConversationIdleExpiry;

    /// <summary>URL-safe and unguessable; a token, not the id, is what grants access.</summary>
    public static string NewId() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(18));
}
