using RoleBot.Auth;
using RoleBot.State;
using RoleBot.Telemetry;

namespace RoleBot.Protocol.Turns;

/// <summary>
/// The adapter: one turn = load conversation state once, run the bot, save once. A failing turn goes to the
/// error handler instead of saving. Also usable in-process (e.g. by a Direct Line shim) with buffered replies.
/// </summary>
public sealed class BotTurnRunner(
    IServiceScopeFactory scopeFactory,
    IConversationStateStore store,
    ReplySender sender,
    TurnErrorHandler errorHandler,
    ITurnLocks locks,
    IReplyShaper shaper,
    TurnTelemetry telemetry,
    ILogger<BotTurnRunner> logger)
{
    private static readonly TimeSpan InlineLockWait = TimeSpan.FromSeconds(3);

    public Task<TurnOutcome> RunAsync(Activity activity, AuthenticationResult authentication, bool bufferReplies, CancellationToken cancellationToken) =>
        RunAsync(activity, authentication, bufferReplies, new TurnCommitPoint(), cancellationToken);

    /// <summary>
    /// A turn someone may give up on: once <paramref name="commit"/> is abandoned the turn writes no state at all
    /// (and its token should be cancelled so it stops soon).
    /// </summary>
    public Task<TurnOutcome> RunAsync(Activity activity, AuthenticationResult authentication, bool bufferReplies, TurnCommitPoint commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(commit);
        var replies = new List<Activity>();
        return RunCoreAsync(
            activity,
            bufferReplies ? (reply, _) => Buffer(replies, reply) : (reply, ct) => sender.SendAsync(reply, authentication, ct),
            replies,
            waitForConversation: !bufferReplies,
            commit,
            cancellationToken);
    }

    /// <summary>
    /// For channels hosted in this process (Direct Line, native Slack): each reply goes to <paramref name="deliver"/>
    /// as soon as the bot sends it, and the turn waits its place in the conversation like a queued turn.
    /// </summary>
    public Task<TurnOutcome> RunAsync(Activity activity, Func<Activity, CancellationToken, Task<string?>> deliver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deliver);
        return RunCoreAsync(activity, deliver, [], waitForConversation: true, new TurnCommitPoint(), cancellationToken);
    }

    /// <summary>
    /// A journaled turn: it waits its place in the conversation, its replies are held until <paramref name="outbox"/>
    /// has committed them with the new state, and are delivered before the conversation is let go.
    /// </summary>
    public Task<TurnOutcome> RunAsync(Activity activity, ITurnOutbox outbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        var replies = new List<Activity>();
        return RunCoreAsync(activity, (reply, _) => Buffer(replies, reply), replies, waitForConversation: true, new TurnCommitPoint(), cancellationToken, outbox);
    }

    private async Task<TurnOutcome> RunCoreAsync(
        Activity activity,
        Func<Activity, CancellationToken, Task<string?>> deliver,
        List<Activity> replies,
        bool waitForConversation,
        TurnCommitPoint commit,
        CancellationToken cancellationToken,
        ITurnOutbox? outbox = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var context = new TurnContext(activity, shaper, deliver);
        var stateKey = StateKeys.For(activity);
        await using var turnLock = await LockAsync(activity, stateKey, waitForConversation, cancellationToken);
        using var turnScope = telemetry.Begin(context);

        var committing = false;
        TurnOutcome outcome;
        try
        {
            // A scope per turn: the bot and what it uses may be scoped, and background turns have no request scope.
            await using var scope = scopeFactory.CreateAsyncScope();
            var bot = scope.ServiceProvider.GetRequiredService<IBot>();
            context.SetConversationData(await LoadAsync(stateKey, cancellationToken));
            await bot.OnTurnAsync(context, cancellationToken);
            var state = context.IsConversationDeleted() ? null : context.GetConversationData();
            if (state is not null && !commit.TryBeginWrite())
            {
                throw new OperationCanceledException("The turn was given up on before it saved its state.");
            }

            committing = true;
            await SaveAsync(stateKey, state, replies, outbox, cancellationToken);
            outcome = new TurnOutcome(context.InvokeResponse, Snapshot(replies), Failed: false);
        }
        // Nothing ran yet: the caller answers "try again" (503) or keeps the turn queued, rather than apologising.
        catch (StateNotLoadedException ex)
        {
            throw ex.Unavailable;
        }
        // A journaled turn that could not commit has sent nothing and saved nothing: it runs again, unapologetic.
        catch (Exception ex) when (outbox is not null && (committing || ex is ConversationStateUnavailableException))
        {
            throw;
        }
        // The error handler writes state too (it forgets the conversation), so it claims the commit point as well.
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && commit.TryBeginWrite())
        {
            turnScope.Failed = true;
            await errorHandler.HandleAsync(context, stateKey, ex, cancellationToken);
            if (outbox is not null)
            {
                await outbox.CommitAsync(stateKey, null, Snapshot(replies), cancellationToken);
            }

            outcome = new TurnOutcome(null, Snapshot(replies), Failed: true);
        }

        if (outbox is not null)
        {
            await outbox.DeliverAsync(outcome.Replies, cancellationToken);
        }

        return outcome;
    }

    private Task SaveAsync(string stateKey, ConversationData? state, List<Activity> replies, ITurnOutbox? outbox, CancellationToken cancellationToken) =>
        outbox is not null ? outbox.CommitAsync(stateKey, state, Snapshot(replies), cancellationToken)
        : state is not null ? store.SaveAsync(stateKey, state, cancellationToken)
        : Task.CompletedTask;

    /// <summary>
    /// Queued turns wait their turn. Inline ones answer a client that gives up after a few seconds (Teams: 5 s for
    /// a search, 15 s otherwise), so they wait briefly and then run anyway; a search never reads state at all.
    /// </summary>
    private async Task<IAsyncDisposable?> LockAsync(Activity activity, string stateKey, bool waitForConversation, CancellationToken cancellationToken)
    {
        var invoke = activity.IsType(ActivityTypes.Invoke);
        if (invoke && activity.Name?.StartsWith("composeExtension/", StringComparison.Ordinal) == true)
        {
            return null;
        }

        if (!invoke && waitForConversation)
        {
            return await locks.TryEnterAsync(stateKey, Timeout.InfiniteTimeSpan, cancellationToken);
        }

        var held = await locks.TryEnterAsync(stateKey, InlineLockWait, cancellationToken);
        if (held is null)
        {
            ProtocolLog.ConversationBusy(logger, LogValue.Untrusted(activity.ChannelId), ConversationTag.For(activity));
        }

        return held;
    }

    private async Task<ConversationData> LoadAsync(string stateKey, CancellationToken cancellationToken)
    {
        try
        {
            return await store.LoadAsync(stateKey, cancellationToken);
        }
        catch (ConversationStateUnavailableException ex)
        {
            throw new StateNotLoadedException(ex);
        }
    }

    private sealed class StateNotLoadedException(ConversationStateUnavailableException unavailable) : Exception(unavailable.Message, unavailable)
    {
        public ConversationStateUnavailableException Unavailable { get; } = unavailable;
    }

    private static Task<string?> Buffer(List<Activity> replies, Activity reply)
    {
        lock (replies)
        {
            replies.Add(reply);
        }

        return Task.FromResult<string?>(null);
    }

    private static Activity[] Snapshot(List<Activity> replies)
    {
        lock (replies)
        {
            return [.. replies];
        }
    }
}
