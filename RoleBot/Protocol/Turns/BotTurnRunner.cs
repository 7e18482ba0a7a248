using RoleBot.Auth;
using RoleBot.State;

namespace RoleBot.Protocol;

/// <summary>
/// The adapter: one turn = load conversation state once, run the bot, save once. A failing turn goes to the
/// error handler instead of saving. Also usable in-process (e.g. by a Direct Line shim) with buffered replies.
/// </summary>
public sealed class BotTurnRunner(
    IServiceScopeFactory scopeFactory,
    IConversationStateStore store,
    ReplySender sender,
    TurnErrorHandler errorHandler,
    ConversationLocks locks,
    ILogger<BotTurnRunner> logger)
{
    private static readonly TimeSpan InlineLockWait = TimeSpan.FromSeconds(3);

    public async Task<TurnOutcome> RunAsync(Activity activity, AuthenticationResult authentication, bool bufferReplies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(authentication);

        var replies = new List<Activity>();
        var context = new TurnContext(activity, bufferReplies
            ? (reply, _) => Buffer(replies, reply)
            : (reply, ct) => sender.SendAsync(reply, authentication, ct));
        var stateKey = StateKeys.For(activity);
        using var turnLock = await LockAsync(activity, stateKey, bufferReplies, cancellationToken);

        try
        {
            // A scope per turn: the bot and what it uses may be scoped, and background turns have no request scope.
            await using var scope = scopeFactory.CreateAsyncScope();
            var bot = scope.ServiceProvider.GetRequiredService<IBot>();
            context.SetConversationData(await store.LoadAsync(stateKey, cancellationToken));
            await bot.OnTurnAsync(context, cancellationToken);
            if (!context.IsConversationDeleted())
            {
                await store.SaveAsync(stateKey, context.GetConversationData(), cancellationToken);
            }

            return new TurnOutcome(context.InvokeResponse, Snapshot(replies), Failed: false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await errorHandler.HandleAsync(context, stateKey, ex, cancellationToken);
            return new TurnOutcome(null, Snapshot(replies), Failed: true);
        }
    }

    /// <summary>
    /// Queued turns wait their turn. Inline ones answer a client that gives up after a few seconds (Teams: 5 s for
    /// a search, 15 s otherwise), so they wait briefly and then run anyway; a search never reads state at all.
    /// </summary>
    private async Task<IDisposable?> LockAsync(Activity activity, string stateKey, bool bufferReplies, CancellationToken cancellationToken)
    {
        var invoke = activity.IsType(ActivityTypes.Invoke);
        if (invoke && activity.Name?.StartsWith("composeExtension/", StringComparison.Ordinal) == true)
        {
            return null;
        }

        if (!invoke && !bufferReplies)
        {
            return await locks.AcquireAsync(stateKey, cancellationToken);
        }

        var held = await locks.TryAcquireAsync(stateKey, InlineLockWait, cancellationToken);
        if (held is null)
        {
            ProtocolLog.ConversationBusy(logger, activity.ChannelId, ConversationTag.For(activity));
        }

        return held;
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
