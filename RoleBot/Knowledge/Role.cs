namespace RoleBot.Knowledge;

/// <summary>One organisational role. Level is the rung on the documented ladder (higher = more senior).</summary>
public sealed record Role
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Abbreviations { get; init; } = [];
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required string Track { get; init; }
    public required int Level { get; init; }
    public IReadOnlyList<string> ReportsTo { get; init; } = [];
    public required string Description { get; init; }
    public IReadOnlyList<string> Responsibilities { get; init; } = [];
    public IReadOnlyList<string> Skills { get; init; } = [];
    public IReadOnlyList<string> Requirements { get; init; } = [];
    public IReadOnlyList<string> NextSteps { get; init; } = [];
    public IReadOnlyList<string> InterviewQuestions { get; init; } = [];
    public IReadOnlyList<string> Caveats { get; init; } = [];
    public IReadOnlyList<string> Sources { get; init; } = [];
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>True when the title means very different things across organisations (founder, partner), so rank is never stated flatly.</summary>
    public bool RankVaries { get; init; }

    /// <summary>"Vice President (VP)" — the name people recognise, with its usual abbreviation.</summary>
    public string DisplayName => Abbreviations.Count > 0 ? $"{Name} ({Abbreviations[0]})" : Name;
}
