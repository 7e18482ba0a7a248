using RoleBot.Protocol;
using RoleBot.Protocol.Queue;

namespace RoleBot.Channels.Slack.Native;

/// <summary>Drains the Slack queue; everything in it was already acknowledged (and its event id remembered).</summary>
public sealed class SlackWorker(SlackJobQueue queue, ILogger<SlackWorker> logger) : PartitionedWorker<SlackJob>(queue)
{
    protected override Task RunAsync(SlackJob job, CancellationToken cancellationToken) => job.RunAsync(cancellationToken);

    protected override void Crashed(SlackJob job, Exception exception) =>
        SlackLog.JobCrashed(logger, exception, ConversationTag.ForKey(job.Key));
}
