using Microsoft.Extensions.Options;
using RoleBot.Insights.Storage;

namespace RoleBot.Insights;

/// <summary>
/// Writes queued gaps in batches off the turn's path, and deletes records past their retention once an hour.
/// A store that fails is logged and the batch is dropped: the knowledge-gap report is worth less than a turn.
/// </summary>
public sealed class GapWriter(GapRecorder recorder, IGapStore store, IOptions<InsightsOptions> options, TimeProvider time, ILogger<GapWriter> logger)
    : BackgroundService
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);
    private const int BatchSize = 100;
    private DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        // Finish what is queued: recording stops, the loop drains and ends.
        recorder.Complete();
        return base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        InsightsLog.Recording(logger, store.Describe(), options.Value.Retention);
        var reader = recorder.Reader;
        await PurgeIfDueAsync(stoppingToken);
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                var batch = new List<KnowledgeGap>();
                while (batch.Count < BatchSize && reader.TryRead(out var gap))
                {
                    batch.Add(gap);
                }

                await TryAsync(ct => store.AddAsync(batch, ct), stoppingToken);
                await PurgeIfDueAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shut down before the queue drained; what is left is dropped.
        }
    }

    private async Task PurgeIfDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now < _nextPurge)
        {
            return;
        }

        _nextPurge = now + PurgeInterval;
        var cutoff = now - options.Value.Retention;
        await TryAsync(async ct => InsightsLog.Purged(logger, await store.DeleteOlderThanAsync(cutoff, ct), cutoff), cancellationToken);
    }

    private async Task TryAsync(Func<CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        try
        {
            await action(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            InsightsLog.WriteFailed(logger, ex.GetType().Name, ex.Message);
        }
    }
}
