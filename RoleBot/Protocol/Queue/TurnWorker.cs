using RoleBot.Protocol.Turns;

namespace RoleBot.Protocol.Queue;

/// <summary>
/// Runs queued turns; every one was already acknowledged with 200 and the de-duplicator would swallow a re-send.
/// A journaled turn commits its state and replies to the journal before sending them (<see cref="JournaledTurnOutbox"/>),
/// so an instance that dies mid-turn leaves either nothing (the turn runs again elsewhere) or replies to send (they
/// are sent elsewhere, the bot not run again). One that could not commit is given back for a retry.
/// </summary>
public sealed class TurnWorker(TurnQueue queue, BotTurnRunner runner, ReplySender sender, ILogger<TurnWorker> logger, ITurnJournal? journal = null)
    : PartitionedWorker<QueuedTurn>(queue)
{
    protected override async Task RunAsync(QueuedTurn turn, CancellationToken cancellationToken)
    {
        if (journal is null || turn.JournalId is not { } id)
        {
            await runner.RunAsync(turn.Activity, turn.Authentication, bufferReplies: false, cancellationToken);
            return;
        }

        var outbox = new JournaledTurnOutbox(journal, id, (reply, departure, ct) => sender.SendAsync(reply, turn.Authentication, departure, ct));
        try
        {
            if (turn.Answered is { } answered)
            {
                await outbox.DeliverAsync(answered, cancellationToken);
            }
            else
            {
                await runner.RunAsync(turn.Activity, outbox, cancellationToken);
            }
        }
        catch (JournalLeaseLostException)
        {
            ProtocolLog.JournalLeaseLost(logger, id, ConversationTag.For(turn.Activity));
        }
        catch
        {
            // Whatever was committed stays in the journal; once the lease lapses, this or another instance goes on from there.
            journal.Release(id);
            throw;
        }
    }

    // The runner handles bot errors itself; this only catches a failing error handler (e.g. the store).
    protected override void Crashed(QueuedTurn turn, Exception exception) =>
        ProtocolLog.WorkerFailed(logger, exception, ConversationTag.For(turn.Activity));
}
