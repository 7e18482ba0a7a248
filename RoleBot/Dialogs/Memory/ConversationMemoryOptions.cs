namespace RoleBot.Dialogs.Memory;

/// <summary>How long the roles of recent answers stay the context of a conversation; section RoleBot:Conversation.</summary>
public sealed class ConversationMemoryOptions
{
    public const string Section = "RoleBot:Conversation";

    /// <summary>New questions after the last answer about roles beyond which "they" no longer refers to its roles.</summary>
    public int ContextTurns { get; set; } = 3;

    /// <summary>How many of the latest answered roles are kept.</summary>
    public int MaxRoles { get; set; } = 4;
}
