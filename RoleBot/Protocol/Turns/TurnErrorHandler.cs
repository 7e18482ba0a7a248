using RoleBot.State;

namespace RoleBot.Protocol.Turns;

/// <summary>
/// CoreBot's OnTurnError: log, apologise, and forget the conversation so a poisoned state cannot fail every
/// following turn as well.
/// </summary>
public sealed class TurnErrorHandler(IConversationStateStore store, ILogger<TurnErrorHandler> logger)
{
    public const string Apology = "Sorry, something went wrong on my side. Please try again.";

    public async Task HandleAsync(ITurnContext turnContext, string stateKey, Exception exception, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        ProtocolLog.TurnFailed(logger, exception, LogValue.Untrusted(activity.Type), LogValue.Untrusted(activity.ChannelId), ConversationTag.For(activity));

        try
        {
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = Apology }, cancellationToken);
        }
        catch (Exception sendError) when (sendError is not OperationCanceledException)
        {
            ProtocolLog.ApologyFailed(logger, sendError.GetType().Name, sendError.Message, ConversationTag.For(activity));
        }

        try
        {
            await store.DeleteAsync(stateKey, cancellationToken);
        }
        catch (ConversationStateUnavailableException forgetError)
        {
            // The store is down (often the very reason the turn failed): the apology is out, the store logged why.
            ProtocolLog.ForgetStateFailed(logger, forgetError.GetType().Name, ConversationTag.For(activity));
        }
    }
}
