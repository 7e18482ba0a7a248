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
    ConversationLocks locks)
{
    public async Task<TurnOutcome> RunAsync(Activity activity, AuthenticationResult authentication, bool bufferReplies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(authentication);

        var replies = new List<Activity>();
        var context = new TurnContext(activity, bufferReplies
            ? (reply, _) => Buffer(replies, reply)
            : (reply, ct) => sender.SendAsync(reply, authentication, ct));
        var stateKey = StateKeys.For(activity);
        using var turnLock = await locks.AcquireAsync(stateKey, cancellationToken);

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
