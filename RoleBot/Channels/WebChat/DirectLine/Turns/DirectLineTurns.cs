using Microsoft.Extensions.Options;
using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Protocol;
using RoleBot.Protocol.Queue;
using RoleBot.Protocol.Turns;
using RoleBot.State;

namespace RoleBot.Channels.WebChat.DirectLine.Turns;

/// <summary>
/// Runs the bot in process for a Direct Line conversation; its replies join the conversation in the same commit as
/// its state (<see cref="DirectLineOutbox"/>). The caller waits up to TurnWait (the bot is fast and in process, and then the first poll after the POST
/// already has the answer); a slower turn finishes in the background, detached from the request.
/// </summary>
public sealed class DirectLineTurns(
    BotTurnRunner runner,
    IDirectLineConversationStore store,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineTurns> logger,
    ITurnJournal? journal = null)
{
    public ChannelAccount Bot => new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = "bot" };

    /// <summary>Tells the bot the user and the bot joined, so the welcome card is the first thing in the stream.</summary>
    public Task<TurnRun> StartAsync(DirectLineConversation conversation, string serviceUrl)
    {
        var user = new ChannelAccount { Id = conversation.User.Id, Name = conversation.User.Name, Role = "user" };
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = Guid.NewGuid().ToString("N"),
            Timestamp = time.GetUtcNow(),
            ChannelId = DirectLineChannel.Id,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = conversation.Id },
            From = user,
            Recipient = Bot,
            MembersAdded = [Bot, user],
        };
        return RunAsync(conversation, update);
    }

    public async Task<TurnRun> RunAsync(DirectLineConversation conversation, Activity activity)
    {
        var turn = RunDetachedAsync(conversation, activity);
        try
        {
            var outcome = await turn.WaitAsync(options.Value.TurnWait, time);
            return outcome.Failed ? TurnRun.BotFailed : TurnRun.Completed;
        }
        catch (TimeoutException) when (!turn.IsCompleted)
        {
            DirectLineLog.TurnStillRunning(logger, conversation.Tag);
            _ = turn.ContinueWith(t => DirectLineLog.TurnNotRun(logger, t.Exception!, conversation.Tag),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            await JournalAsync(conversation, activity, turn);
            return TurnRun.StillRunning;
        }
        // Shared state out of reach: the endpoint answers 503 with Retry-After rather than 502.
        catch (Exception ex) when (ex is not State.ConversationStateUnavailableException)
        {
            DirectLineLog.TurnNotRun(logger, ex, conversation.Tag);
            return TurnRun.NotRun;
        }
    }

    /// <summary>Runs a journaled turn taken over from a dead instance, then lets the entry go (or gives it back).</summary>
    public async Task ResumeAsync(long journalId, string conversationId, string activityId)
    {
        try
        {
            var stopping = lifetime.ApplicationStopping;
            var conversation = await store.FindAsync(conversationId, stopping);
            if (conversation is null || await store.FindActivityAsync(conversation, activityId, stopping) is not { } activity)
            {
                // Expired or trimmed meanwhile: there is nobody left to answer.
                DirectLineLog.ResumedTurnGone(logger, DirectLineConversation.TagFor(conversationId));
            }
            else
            {
                await RunDetachedAsync(conversation, activity);
            }

            await journal!.CompleteAsync(journalId, CancellationToken.None);
        }
        catch (Exception ex)
        {
            DirectLineLog.TurnNotRun(logger, ex, DirectLineConversation.TagFor(conversationId));
            journal!.Release(journalId);
        }
    }

    /// <summary>
    /// With shared state, a turn still running when the POST stops waiting is journaled before the POST is
    /// acknowledged: should this instance die before the turn commits, another takes it over (<see cref="DirectLineTurnResumer"/>),
    /// and the commit's own check keeps it from being answered twice. A welcome has no stored post to resume from.
    /// </summary>
    private async Task JournalAsync(DirectLineConversation conversation, Activity activity, Task<TurnOutcome> turn)
    {
        if (journal is null || activity.Id is not { } activityId || !InboundActivity.IsClientType(activity))
        {
            return;
        }

        var id = await journal.RecordAsync(StateKeys.For(activity), DirectLineTurnJson.Write(conversation.Id, activityId), CancellationToken.None);
        _ = turn.ContinueWith(
            t =>
            {
                if (t.IsCompletedSuccessfully)
                {
                    return journal.CompleteAsync(id, CancellationToken.None);
                }

                journal.Release(id);
                return Task.CompletedTask;
            },
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
    }

    // Bot errors are handled by the runner (apology, state forgotten); what escapes means the bot could not run.
    private async Task<TurnOutcome> RunDetachedAsync(DirectLineConversation conversation, Activity activity)
    {
        await Task.Yield();
        var outbox = new DirectLineOutbox(store, conversation, activity.Id, reply => Address(conversation, reply), logger);
        return await runner.RunAsync(activity, outbox, lifetime.ApplicationStopping);
    }

    private Activity Address(DirectLineConversation conversation, Activity reply)
    {
        reply.ChannelId = DirectLineChannel.Id;
        reply.Conversation = new ConversationAccount { Id = conversation.Id };
        reply.From = new ChannelAccount { Id = reply.From?.Id ?? options.Value.BotId, Name = reply.From?.Name ?? options.Value.BotName, Role = "bot" };
        reply.ServiceUrl = null;
        return reply;
    }
}
