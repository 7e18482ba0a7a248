namespace RoleBot.Protocol;

/// <summary>Runs queued turns, one loop per partition.</summary>
public sealed class TurnWorker(TurnQueue queue, BotTurnRunner runner, ILogger<TurnWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, queue.PartitionCount).Select(p => DrainAsync(p, stoppingToken)));

    private async Task DrainAsync(int partition, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var turn in queue.Reader(partition).ReadAllAsync(stoppingToken))
            {
                try
                {
                    await runner.RunAsync(turn.Activity, turn.Authentication, bufferReplies: false, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // The runner handles bot errors itself; this only catches a failing error handler (e.g. the store).
                    ProtocolLog.WorkerFailed(logger, ex, ConversationTag.For(turn.Activity));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; turns still queued are lost, like an unfinished request.
        }
    }
}
