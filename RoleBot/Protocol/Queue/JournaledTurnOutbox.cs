using RoleBot.Auth;
using RoleBot.Protocol.Connector;
using RoleBot.Protocol.Turns;
using RoleBot.State;

namespace RoleBot.Protocol.Queue;

/// <summary>
/// The outbox of one journaled turn: state and replies committed with the journal entry, then the replies sent,
/// the entry deleted as the first one departs. A death before the commit leaves nothing sent (the turn runs again);
/// after it, the entry holds replies that whoever takes it over sends. The deletion runs once the first reply's
/// connection is open, just before its body is written (<see cref="DepartingContent"/>), so a reply that cannot
/// reach the channel stays journaled for another attempt, no reply the channel may have received is sent twice, and
/// only a death between the deletion and that one write loses the replies.
/// </summary>
public sealed class JournaledTurnOutbox(ITurnJournal journal, long id, ReplySender sender, AuthenticationResult authentication) : ITurnOutbox
{
    public Task CommitAsync(string stateKey, ConversationData? state, IReadOnlyList<Activity> replies, CancellationToken cancellationToken) =>
        journal.AnsweredAsync(id, stateKey, state, QueuedTurnJson.WriteReplies(replies), cancellationToken);

    public async Task DeliverAsync(IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        if (replies.Count == 0)
        {
            await journal.CompleteAsync(id, cancellationToken);
            return;
        }

        var departed = false;
        Task Depart(CancellationToken ct)
        {
            departed = true;
            return journal.CompleteAsync(id, ct);
        }

        try
        {
            await sender.SendAsync(replies[0], authentication, Depart, cancellationToken);
            for (var i = 1; i < replies.Count; i++)
            {
                await sender.SendAsync(replies[i], authentication, cancellationToken);
            }
        }
        catch (ServiceUrlNotAllowedException) when (!departed)
        {
            // No instance may ever send to that address, so another attempt would only be refused again.
            await journal.CompleteAsync(id, CancellationToken.None);
            throw;
        }
    }
}
