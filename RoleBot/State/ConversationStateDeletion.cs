using RoleBot.Protocol.Turns;

namespace RoleBot.State;

/// <summary>
/// Lets a bot say "this conversation is gone" (e.g. the app was uninstalled): the adapter then skips the
/// end-of-turn save, which would otherwise write the state straight back after the bot deleted it.
/// </summary>
public static class ConversationStateDeletion
{
    public const string TurnStateKey = "RoleBot.ConversationDeleted";

    public static void MarkConversationDeleted(this ITurnContext turnContext) => turnContext.TurnState[TurnStateKey] = true;

    public static bool IsConversationDeleted(this ITurnContext turnContext) =>
        turnContext.TurnState.TryGetValue(TurnStateKey, out var value) && value is true;
}
