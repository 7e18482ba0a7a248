namespace RoleBot.Knowledge;

/// <summary>
/// An author's decision on how two roles rank when the ladder alone would say it too firmly: who is usually higher
/// (or nobody, when it depends), how sure RoleBot may be, the deciding factor, and what supports it. The ranker uses
/// it before any ladder or reporting rule.
/// </summary>
public sealed record Ordering
{
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>The role that usually ranks higher; null when it depends.</summary>
    public string? Higher { get; init; }

    /// <summary>"usually" or "itDepends"; a firm order needs no ordering entry.</summary>
    public string Certainty { get; init; } = "";

    /// <summary>The deciding factor, as a sentence users read ("In banks an AVP ranks below a director.").</summary>
    public string Because { get; init; } = "";

    public IReadOnlyList<string> Sources { get; init; } = [];
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    public bool Covers(string a, string b) =>
        Roles.Count == 2
        && ((string.Equals(Roles[0], a, StringComparison.OrdinalIgnoreCase) && string.Equals(Roles[1], b, StringComparison.OrdinalIgnoreCase))
            || (string.Equals(Roles[0], b, StringComparison.OrdinalIgnoreCase) && string.Equals(Roles[1], a, StringComparison.OrdinalIgnoreCase)));
}
