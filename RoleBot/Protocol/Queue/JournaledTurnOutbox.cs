using RoleBot.Auth;
using RoleBot.Protocol.Turns;
using RoleBot.State;

namespace RoleBot.Protocol.Queue;

/// <summary>
/// The outbox of one journaled turn: state and replies committed with the journal entry, then the entry deleted
/// and the replies sent. A death before the commit leaves nothing sent (the turn runs again); between the commit
/// and the deletion, replies that whoever takes the entry over sends. The deletion is sent to PostgreSQL before
/// the first reply leaves, without waiting for its answer: once the statement has reached the server it completes
/// even if this instance dies, so no reply the channel may have received is ever sent again. Only a death in the
/// instant between the two writes loses the replies.
/// </summary>
public sealed class JournaledTurnOutbox(ITurnJournal journal, long id, ReplySender sender, AuthenticationResult authentication) : ITurnOutbox
{
    public Task CommitAsync(string stateKey, ConversationData? state, IReadOnlyList<Activity> replies, CancellationToken cancellationToken) =>
        journal.AnsweredAsync(id, stateKey, state, QueuedTurnJson.WriteReplies(replies), cancellationToken);

    public async Task DeliverAsync(IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        var completed = journal.CompleteAsync(id, cancellationToken);
        try
        {
            foreach (var reply in replies)
            {
                await sender.SendAsync(reply, authentication, cancellationToken);
            }
        }
        finally
        {
            await completed;
        }
    }
}
