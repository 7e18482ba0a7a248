using RoleBot.Knowledge;
using RoleBot.Knowledge.Ranking;

namespace RoleBot.Answers;

// Summary is the curated summary; a generated comparison has none and carries its Verdict, worded like a rank answer.
public sealed record ComparisonAnswer(RoleRef First, RoleRef Second, string Summary)
{
    public (RankRelation Relation, RankCertainty Certainty)? Verdict { get; init; }

    public IReadOnlyList<ComparisonDimension> Dimensions { get; init; } = [];
    public IReadOnlyList<string> Caveats { get; init; } = [];
    public IReadOnlyList<Citation> Sources { get; init; } = [];
}
