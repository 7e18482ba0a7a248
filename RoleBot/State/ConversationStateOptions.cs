namespace RoleBot.State;

/// <summary>Bounds of the in-memory state store, bound from configuration section RoleBot:State.</summary>
public sealed class ConversationStateOptions
{
    public const string Section = "RoleBot:State";

    /// <summary>Beyond this the least recently used conversation is forgotten, so a flood of new ids cannot exhaust memory.</summary>
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>A conversation untouched for this long starts over.</summary>
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromDays(1);
}
