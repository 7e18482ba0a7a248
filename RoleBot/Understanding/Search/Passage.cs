namespace RoleBot.Understanding.Search;

/// <summary>What part of the knowledge base a passage comes from; the answer words its topic and picks its card from this.</summary>
public enum PassageKind
{
    RoleDescription,
    RoleResponsibilities,
    RoleSkills,
    RoleRequirements,
    RoleInterview,
    RoleCaveat,
    ComparisonSummary,
    ComparisonDimension,
    ComparisonCaveat,
    Ordering,
    Faq,
}

/// <summary>
/// One searchable piece of knowledge-base text. <see cref="Text"/> is what an answer may show (the knowledge base's
/// own words); <see cref="Topic"/> and <see cref="Extra"/> are searched too (role names and aliases, FAQ examples,
/// the seed quotes that back the claim) but never shown.
/// </summary>
public sealed record Passage(string Id, PassageKind Kind, IReadOnlyList<string> RoleIds, string Text)
{
    /// <summary>The dimension name of a comparison row.</summary>
    public string? Dimension { get; init; }

    /// <summary>A comparison row's second side (<see cref="Text"/> is the first role's side).</summary>
    public string? SecondText { get; init; }

    public string? FaqId { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];

    public string Topic { get; init; } = "";

    public string Extra { get; init; } = "";
}
