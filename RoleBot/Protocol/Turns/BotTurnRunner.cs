using RoleBot.Auth;
using RoleBot.State;

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

    private async Task<TurnOutcome> RunCoreAsync(
        Activity activity,
        Func<Activity, CancellationToken, Task<string?>> deliver,
        List<Activity> replies,
        bool waitForConversation,
        TurnCommitPoint commit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var context = new TurnContext(activity, shaper, deliver);
        var stateKey = StateKeys.For(activity);
        await using var turnLock = await LockAsync(activity, stateKey, waitForConversation, cancellationToken);

        try
        {
            // A scope per turn: the bot and what it uses may be scoped, and background turns have no request scope.
            await using var scope = scopeFactory.CreateAsyncScope();
            var bot = scope.ServiceProvider.GetRequiredService<IBot>();
            context.SetConversationData(await LoadAsync(stateKey, cancellationToken));
            await bot.OnTurnAsync(context, cancellationToken);
            if (!context.IsConversationDeleted())
            {
                if (!commit.TryBeginWrite())
                {
                    throw new OperationCanceledException("The turn was given up on before it saved its state.");
                }

                await store.SaveAsync(stateKey, context.GetConversationData(), cancellationToken);
            }

            return new TurnOutcome(context.InvokeResponse, Snapshot(replies), Failed: false);
        }
        // Nothing ran yet: the caller answers "try again" (503) or keeps the turn queued, rather than apologising.
        catch (StateNotLoadedException ex)
        {
            throw ex.Unavailable;
        }
        // The error handler writes state too (it forgets the conversation), so it claims the commit point as well.
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && commit.TryBeginWrite())
        {
            await errorHandler.HandleAsync(context, stateKey, ex, cancellationToken);
            return new TurnOutcome(null, Snapshot(replies), Failed: true);
        }
    }

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
