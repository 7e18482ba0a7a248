namespace RoleBot.Protocol;

/// <summary>
/// Runs queued turns, one loop per partition. Every queued turn was already acknowledged with 200 and the
/// de-duplicator would swallow a re-send, so on shutdown the queue stops accepting and the workers finish what is
/// in it (the host's shutdown timeout bounds how long that may take).
/// </summary>
public sealed class TurnWorker(TurnQueue queue, BotTurnRunner runner, ILogger<TurnWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stoppingToken.Register(queue.Complete);
        return Task.WhenAll(Enumerable.Range(0, queue.PartitionCount).Select(DrainAsync));
    }

    private async Task DrainAsync(int partition)
    {
        await foreach (var turn in queue.Reader(partition).ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await runner.RunAsync(turn.Activity, turn.Authentication, bufferReplies: false, CancellationToken.None);
            }
            catch (Exception ex)
            {
                // The runner handles bot errors itself; this only catches a failing error handler (e.g. the store).
                ProtocolLog.WorkerFailed(logger, ex, ConversationTag.For(turn.Activity));
            }
        }
    }
}
