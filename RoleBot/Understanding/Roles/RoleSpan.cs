namespace RoleBot.Understanding.Roles;

/// <summary>A role found over tokens [First, First + Count); several candidates when the words name several roles.</summary>
public sealed record RoleSpan(int First, int Count, IReadOnlyList<string> Candidates, double Score)
{
    public int End => First + Count;

    /// <summary>What the title adds to the role, as typed ("Customer Success" of "VP of Customer Success"); null when nothing.</summary>
    public string? Qualifier { get; init; }
}
