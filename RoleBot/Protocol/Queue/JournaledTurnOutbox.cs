using RoleBot.Auth;
using RoleBot.Protocol.Turns;
using RoleBot.State;

namespace RoleBot.Protocol.Queue;

/// <summary>
/// The outbox of one journaled turn: state and replies committed with the journal entry, then sent, then the entry
/// goes. The only window left for a second answer is a crash between the Connector accepting a reply and the
/// entry's deletion; a crash anywhere else leaves either nothing sent or replies that are sent once by whoever
/// takes the entry over.
/// </summary>
public sealed class JournaledTurnOutbox(ITurnJournal journal, long id, ReplySender sender, AuthenticationResult authentication) : ITurnOutbox
{
    public Task CommitAsync(string stateKey, ConversationData? state, IReadOnlyList<Activity> replies, CancellationToken cancellationToken) =>
        journal.AnsweredAsync(id, stateKey, state, QueuedTurnJson.WriteReplies(replies), cancellationToken);

    public async Task DeliverAsync(IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            await sender.SendAsync(reply, authentication, cancellationToken);
        }

        await journal.CompleteAsync(id, cancellationToken);
    }
}
