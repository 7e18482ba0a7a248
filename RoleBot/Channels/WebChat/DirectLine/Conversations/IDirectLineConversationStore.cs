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

    /// <summary>The post with this clientActivityID that <paramref name="userId"/> already sent, if it is still kept.</summary>
    Task<DirectLinePost?> FindPostAsync(DirectLineConversation conversation, string userId, string clientActivityId, CancellationToken cancellationToken);

    /// <summary>The stored activity with this id, or null when it is no longer kept.</summary>
    Task<Activity?> FindActivityAsync(DirectLineConversation conversation, string activityId, CancellationToken cancellationToken);

    /// <summary>
    /// A turn's outcome as one unit: its state (null: none to save) saved and its replies appended, unless a reply to
    /// <paramref name="answering"/> is stored already (an earlier attempt at the same post answered it): then nothing
    /// is written and false returned. The caller holds the conversation's turn lock.
    /// </summary>
    Task<bool> CommitTurnAsync(
        DirectLineConversation conversation, string? answering, string stateKey, State.ConversationData? state, IReadOnlyList<Activity> replies,
        CancellationToken cancellationToken);

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
