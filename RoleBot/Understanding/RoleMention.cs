namespace RoleBot.Understanding;

/// <summary>A span of the user's text that names a role. Several candidates mean it is ambiguous ("PM").</summary>
public sealed record RoleMention(string Text, int Start, int Length, IReadOnlyList<string> Candidates, double Score)
{
    public bool IsAmbiguous => Candidates.Count > 1;

    /// <summary>What the title adds to the role, as typed ("Customer Success", "Hotel Operations"); the role stays the base role.</summary>
    public string? Qualifier { get; init; }
}
