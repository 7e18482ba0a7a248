using System.Text.Json;
using RoleBot.Protocol;

namespace RoleBot.Channels.WebChat.DirectLine.Conversations;

/// <summary>
/// Where Direct Line conversations live: in this process (<see cref="DirectLineConversationStore"/>, one instance)
/// or, with Provider=Postgres, in the database, so any instance can serve any request of a conversation.
/// Every method may throw <see cref="State.ConversationStateUnavailableException"/> when shared state is out of reach.
/// </summary>
public interface IDirectLineConversationStore
{
    Task<DirectLineConversation> CreateAsync(ChannelAccount user, CancellationToken cancellationToken);

    /// <summary>The conversation, marked as used now; null when unknown or idle too long.</summary>
    Task<DirectLineConversation?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>True for exactly one caller, so the welcome runs once however many clients start at the same time.</summary>
    Task<bool> TryMarkStartedAsync(DirectLineConversation conversation, CancellationToken cancellationToken);

    /// <summary>Assigns id and timestamp, then stores a snapshot; returns the id.</summary>
    Task<string> AppendAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken);

    /// <summary>Everything after the watermark that is still kept, and the watermark to come back with.</summary>
    Task<(IReadOnlyList<JsonElement> Activities, long Watermark)> SinceAsync(DirectLineConversation conversation, long watermark, CancellationToken cancellationToken);

    /// <summary>Null when allowed; otherwise how long the client should wait.</summary>
    Task<TimeSpan?> TryTakeAsync(DirectLineConversation conversation, DirectLineRate rate, CancellationToken cancellationToken);
}

/// <summary>The per-conversation rate limits.</summary>
public enum DirectLineRate
{
    Post,
    Poll,
}
