namespace RoleBot.State;

/// <summary>
/// Everything RoleBot remembers about one conversation. Plain JSON-serializable data; members that older builds
/// stored and this one no longer has (such as recentActivityIds) are ignored when read.
/// </summary>
public sealed class ConversationData
{
    /// <summary>Set once the welcome has been sent, so replayed install events do not greet twice.</summary>
    public bool Welcomed { get; set; }

    /// <summary>The dialog stack, innermost dialog last.</summary>
    public List<DialogInstance> DialogStack { get; set; } = [];

    /// <summary>The roles the last answer was about, for follow-ups such as "what about the COO?".</summary>
    public List<string> LastRoleIds { get; set; } = [];

    /// <summary>The intent of the last answer, for follow-ups such as "why?".</summary>
    public string? LastIntent { get; set; }

    /// <summary>The roles of the last few answers, oldest first: "the two", "they" and "which of them" refer to these.</summary>
    public List<string> RecentRoleIds { get; set; } = [];

    /// <summary>New questions asked since a role was last answered; the recent roles expire after a few.</summary>
    public int TurnsSinceRoles { get; set; }
}
