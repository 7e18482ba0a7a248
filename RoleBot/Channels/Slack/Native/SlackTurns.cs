using RoleBot.Protocol;
using RoleBot.Protocol.Turns;
using RoleBot.State;

namespace RoleBot.Channels.Slack.Native;

/// <summary>Queues a Slack turn and, in the background, runs it through the bot with replies posted to its target.</summary>
public sealed class SlackTurns(BotTurnRunner runner, SlackReplyPoster poster, SlackJobQueue queue, ILogger<SlackTurns> logger)
{
    /// <summary>False when the queue is full or shutting down.</summary>
    public bool TryEnqueue(Activity activity, SlackReplyTarget target)
    {
        var key = StateKeys.For(activity);
        return TryEnqueue(new SlackJob(key, "turn", ct => RunAsync(activity, target, ct)));
    }

    public bool TryEnqueue(SlackJob job)
    {
        var tag = ConversationTag.ForKey(job.Key);
        if (!queue.TryEnqueue(job))
        {
            SlackLog.QueueFull(logger, tag);
            return false;
        }

        SlackLog.Queued(logger, job.Kind, tag);
        return true;
    }

    private async Task RunAsync(Activity activity, SlackReplyTarget target, CancellationToken cancellationToken)
    {
        var outcome = await runner.RunAsync(activity, (reply, ct) => poster.DeliverAsync(target, reply, ct), cancellationToken);
        if (outcome.Failed)
        {
            SlackLog.TurnFailed(logger, ConversationTag.For(activity));
        }
    }
}
