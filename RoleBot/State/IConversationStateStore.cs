namespace RoleBot.State;

/// <summary>
/// Conversation state is loaded once at the start of a turn and saved once at its end, so a turn
/// either commits all of its changes or none. Keys are "{channelId}/{conversationId}".
/// </summary>
public interface IConversationStateStore
{
    Task<ConversationData> LoadAsync(string key, CancellationToken cancellationToken);

    Task SaveAsync(string key, ConversationData data, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
