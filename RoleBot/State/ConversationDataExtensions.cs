using RoleBot.Protocol.Turns;

namespace RoleBot.State;

public static class ConversationDataExtensions
{
    /// <summary>The TurnState key under which the adapter puts the turn's <see cref="ConversationData"/>.</summary>
    public const string TurnStateKey = "RoleBot.ConversationData";

    /// <summary>
    /// The conversation's state, loaded once when the turn started and saved once when it ends; mutate it in place.
    /// </summary>
    public static ConversationData GetConversationData(this ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.TryGetValue(TurnStateKey, out var value) && value is ConversationData data
            ? data
            : throw new InvalidOperationException(
                $"No ConversationData in TurnState['{TurnStateKey}']: the turn did not run through BotTurnRunner (tests: call SetConversationData).");
    }

    /// <summary>Puts state into a turn; used by the adapter and by tests that build a TurnContext themselves.</summary>
    public static void SetConversationData(this ITurnContext turnContext, ConversationData data)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(data);
        turnContext.TurnState[TurnStateKey] = data;
    }
}
