namespace RoleBot.Understanding;

/// <summary>A span of the user's text that names a role. Several candidates mean it is ambiguous ("PM").</summary>
public sealed record RoleMention(string Text, int Start, int Length, IReadOnlyList<string> Candidates, double Score)
{
    public bool IsAmbiguous => Candidates.Count > 1;
}
