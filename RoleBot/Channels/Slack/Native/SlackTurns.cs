using RoleBot.Protocol;
using RoleBot.Protocol.Queue;
using RoleBot.Protocol.Turns;
using RoleBot.State;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// Queues a Slack turn and, in the background, runs it through the bot with replies posted to its target. With
/// shared state (a journal) the turn is first stored durably, so if this instance dies before answering it another
/// instance does (<see cref="SlackTurnResumer"/>).
/// </summary>
public sealed class SlackTurns(BotTurnRunner runner, SlackReplyPoster poster, SlackJobQueue queue, ILogger<SlackTurns> logger, ITurnJournal? journal = null)
{
    /// <summary>False when the queue is full or shutting down; throws <see cref="ConversationStateUnavailableException"/> when the journal cannot store it.</summary>
    public async Task<bool> TryEnqueueAsync(Activity activity, SlackReplyTarget target, CancellationToken cancellationToken)
    {
        long? id = journal is null ? null : await journal.RecordAsync(StateKeys.For(activity), SlackTurnJson.Write(activity, target), cancellationToken);
        if (TryEnqueue(activity, target, id))
        {
            return true;
        }

        if (id is { } unqueued)
        {
            await journal!.CompleteAsync(unqueued, CancellationToken.None);
        }

        return false;
    }

    /// <summary>Queues a turn; <paramref name="journalId"/> when it is in the journal (and leaves it once answered).</summary>
    public bool TryEnqueue(Activity activity, SlackReplyTarget target, long? journalId)
    {
        var key = StateKeys.For(activity);
        return TryEnqueue(new SlackJob(key, "turn", ct => RunAsync(activity, target, journalId, ct)));
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

    private async Task RunAsync(Activity activity, SlackReplyTarget target, long? journalId, CancellationToken cancellationToken)
    {
        TurnOutcome outcome;
        try
        {
            outcome = await runner.RunAsync(activity, (reply, ct) => poster.DeliverAsync(target, reply, ct), cancellationToken);
        }
        catch (ConversationStateUnavailableException) when (journalId is { } id)
        {
            // Nothing was answered; the lease lapses and whichever instance can reach the database runs it again.
            journal!.Release(id);
            throw;
        }

        if (journalId is { } done)
        {
            await journal!.CompleteAsync(done, cancellationToken);
        }

        if (outcome.Failed)
        {
            SlackLog.TurnFailed(logger, ConversationTag.For(activity));
        }
    }
}
