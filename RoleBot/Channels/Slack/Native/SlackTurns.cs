using RoleBot.Protocol;
using RoleBot.Protocol.Queue;
using RoleBot.Protocol.Turns;
using RoleBot.State;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// Queues a Slack turn and, in the background, runs it through the bot with replies posted to its target. With
/// shared state (a journal) the turn is first stored durably, so if this instance dies before answering it another
/// instance does (<see cref="SlackTurnResumer"/>), and its replies are committed with its state before any is posted.
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

    /// <summary>
    /// Queues a turn; <paramref name="journalId"/> when it is in the journal (and leaves it once answered), and
    /// <paramref name="answered"/> when it already ran elsewhere and only its committed replies remain to post.
    /// </summary>
    public bool TryEnqueue(Activity activity, SlackReplyTarget target, long? journalId, IReadOnlyList<Activity>? answered = null)
    {
        var key = StateKeys.For(activity);
        return TryEnqueue(new SlackJob(key, answered is null ? "turn" : "replies", ct => RunAsync(activity, target, journalId, answered, ct)));
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

    private async Task RunAsync(Activity activity, SlackReplyTarget target, long? journalId, IReadOnlyList<Activity>? answered, CancellationToken cancellationToken)
    {
        if (journalId is not { } id)
        {
            Report(activity, await runner.RunAsync(activity, (reply, ct) => poster.DeliverAsync(target, reply, ct), cancellationToken));
            return;
        }

        // Replies wait until they and the state are committed with the journal entry (see JournaledTurnOutbox), so an
        // instance that dies mid-turn leaves either nothing posted or replies that whoever takes the entry over posts.
        var outbox = new JournaledTurnOutbox(journal!, id, (reply, departure, ct) => poster.DeliverAsync(target, reply, departure, ct));
        try
        {
            if (answered is not null)
            {
                await outbox.DeliverAsync(answered, cancellationToken);
                return;
            }

            Report(activity, await runner.RunAsync(activity, outbox, cancellationToken));
        }
        catch (JournalLeaseLostException)
        {
            SlackLog.JournalLeaseLost(logger, id, ConversationTag.For(activity));
        }
        catch
        {
            // Whatever was committed stays in the journal; once the lease lapses, this or another instance goes on from there.
            journal!.Release(id);
            throw;
        }
    }

    private void Report(Activity activity, TurnOutcome outcome)
    {
        if (outcome.Failed)
        {
            SlackLog.TurnFailed(logger, ConversationTag.For(activity));
        }
    }
}
