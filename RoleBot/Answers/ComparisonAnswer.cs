using RoleBot.Knowledge;
using RoleBot.Knowledge.Ranking;

namespace RoleBot.Answers;

// Summary and Dimensions are the curated ones; a generated comparison has neither and carries its Verdict, worded
// like a rank answer, and its Facts, worded into rows by the compare.generated.* templates.
public sealed record ComparisonAnswer(RoleRef First, RoleRef Second, string Summary)
{
    public (RankRelation Relation, RankCertainty Certainty)? Verdict { get; init; }

    /// <summary>A generated comparison's deciding factor when an author's ordering hedges its verdict.</summary>
    public string? Because { get; init; }

    public GeneratedComparison? Facts { get; init; }

    public IReadOnlyList<ComparisonDimension> Dimensions { get; init; } = [];
    public IReadOnlyList<string> Caveats { get; init; } = [];
    public IReadOnlyList<Citation> Sources { get; init; } = [];
}
