namespace RoleBot.State;

/// <summary>The state store could not be reached; the turn fails through the normal error path.</summary>
public sealed class ConversationStateUnavailableException(string message, Exception innerException)
    : Exception(message, innerException);
