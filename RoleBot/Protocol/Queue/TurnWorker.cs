using RoleBot.Protocol.Turns;
using RoleBot.State;

namespace RoleBot.Protocol.Queue;

/// <summary>
/// Runs queued turns; every one was already acknowledged with 200 and the de-duplicator would swallow a re-send.
/// A journaled turn leaves the journal once answered; one that could not load its state stays there for a retry.
/// </summary>
public sealed class TurnWorker(TurnQueue queue, BotTurnRunner runner, ILogger<TurnWorker> logger, ITurnJournal? journal = null)
    : PartitionedWorker<QueuedTurn>(queue)
{
    protected override async Task RunAsync(QueuedTurn turn, CancellationToken cancellationToken)
    {
        try
        {
            await runner.RunAsync(turn.Activity, turn.Authentication, bufferReplies: false, cancellationToken);
        }
        catch (ConversationStateUnavailableException) when (journal is not null && turn.JournalId is { } id)
        {
            // Nothing was answered; the lease lapses and whichever instance can reach the database runs it again.
            journal.Release(id);
            throw;
        }

        if (journal is not null && turn.JournalId is { } done)
        {
            await journal.CompleteAsync(done, cancellationToken);
        }
    }

    // The runner handles bot errors itself; this only catches a failing error handler (e.g. the store).
    protected override void Crashed(QueuedTurn turn, Exception exception) =>
        ProtocolLog.WorkerFailed(logger, exception, ConversationTag.For(turn.Activity));
}
