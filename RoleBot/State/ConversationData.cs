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
}
