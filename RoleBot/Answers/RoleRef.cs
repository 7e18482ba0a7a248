using RoleBot.Knowledge;

namespace RoleBot.Answers;

/// <summary>A role as an answer names it: id for buttons, display name for people.</summary>
public sealed record RoleRef(string Id, string Name, string? Abbreviation = null)
{
    /// <summary>"Vice President (VP)".</summary>
    public string DisplayName => Abbreviation is null ? Name : $"{Name} ({Abbreviation})";

    /// <summary>The shortest name people recognise, for buttons ("VP").</summary>
    public string ShortName => Abbreviation ?? Name;

    public static RoleRef From(Role role) => new(role.Id, role.Name, role.Abbreviations.Count > 0 ? role.Abbreviations[0] : null);
}
