using RoleBot.Protocol;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// Drains the Slack queue. Everything queued was already acknowledged (and its event id remembered), so on
/// shutdown the queue stops accepting and the loops finish what is in it, bounded by the host's shutdown timeout.
/// </summary>
public sealed class SlackWorker(SlackJobQueue queue, ILogger<SlackWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stoppingToken.Register(queue.Complete);
        return Task.WhenAll(Enumerable.Range(0, queue.PartitionCount).Select(DrainAsync));
    }

    private async Task DrainAsync(int partition)
    {
        await foreach (var job in queue.Reader(partition).ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await job.RunAsync(CancellationToken.None);
            }
            catch (Exception ex)
            {
                SlackLog.JobCrashed(logger, ex, ConversationTag.ForKey(job.Key));
            }
        }
    }
}
