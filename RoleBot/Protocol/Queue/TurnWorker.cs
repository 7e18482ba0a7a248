using RoleBot.Protocol.Turns;

namespace RoleBot.Protocol.Queue;

/// <summary>Runs queued turns; every one was already acknowledged with 200 and the de-duplicator would swallow a re-send.</summary>
public sealed class TurnWorker(TurnQueue queue, BotTurnRunner runner, ILogger<TurnWorker> logger) : PartitionedWorker<QueuedTurn>(queue)
{
    protected override Task RunAsync(QueuedTurn turn, CancellationToken cancellationToken) =>
        runner.RunAsync(turn.Activity, turn.Authentication, bufferReplies: false, cancellationToken);

    // The runner handles bot errors itself; this only catches a failing error handler (e.g. the store).
    protected override void Crashed(QueuedTurn turn, Exception exception) =>
        ProtocolLog.WorkerFailed(logger, exception, ConversationTag.For(turn.Activity));
}
