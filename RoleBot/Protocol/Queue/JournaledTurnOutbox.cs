using RoleBot.Protocol.Connector;
using RoleBot.Protocol.Http;
using RoleBot.Protocol.Turns;
using RoleBot.State;

namespace RoleBot.Protocol.Queue;

/// <summary>
/// The outbox of one journaled turn: state and replies committed with the journal entry, then the replies sent,
/// the entry deleted as the first one departs. A death before the commit leaves nothing sent (the turn runs again);
/// after it, the entry holds replies that whoever takes it over sends. The deletion runs as soon as the first reply's
/// body has been flushed to the channel (<see cref="DepartingContent"/>), so a reply that cannot reach the channel
/// stays journaled for another attempt, and only a death between that flush and the deletion reaching the database
/// (usually one synchronous stretch of code) has a reply sent twice.
/// </summary>
/// <param name="send">Sends one reply, running the departure (when given) as soon as its body has left; a reply the
/// channel has no form for may be skipped without running it.</param>
public sealed class JournaledTurnOutbox(ITurnJournal journal, long id, Func<Activity, Func<CancellationToken, Task>?, CancellationToken, Task> send) : ITurnOutbox
{
    public Task CommitAsync(string stateKey, ConversationData? state, IReadOnlyList<Activity> replies, CancellationToken cancellationToken) =>
        journal.AnsweredAsync(id, stateKey, state, QueuedTurnJson.WriteReplies(replies), cancellationToken);

    public async Task DeliverAsync(IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        var departed = false;
        Task Depart(CancellationToken ct)
        {
            departed = true;
            return journal.CompleteAsync(id, ct);
        }

        try
        {
            foreach (var reply in replies)
            {
                await send(reply, departed ? null : Depart, cancellationToken);
            }
        }
        catch (ServiceUrlNotAllowedException) when (!departed)
        {
            // No instance may ever send to that address, so another attempt would only be refused again.
            await journal.CompleteAsync(id, CancellationToken.None);
            throw;
        }

        if (!departed)
        {
            // Nothing left (no replies, or none the channel sends): the entry is done all the same.
            await journal.CompleteAsync(id, cancellationToken);
        }
    }
}
