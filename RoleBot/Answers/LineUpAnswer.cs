using RoleBot.Knowledge.Ranking;

namespace RoleBot.Answers;

/// <summary>Several roles in order, highest first; each tier holds peers. Notes are the verdicts that are not a plain "above".</summary>
public sealed record LineUpAnswer(IReadOnlyList<IReadOnlyList<RoleRef>> Tiers)
{
    /// <summary>Per step down from each tier to the next: a plain "above" or an "it depends".</summary>
    public IReadOnlyList<LineUpStep> Steps { get; init; } = [];

    /// <summary>The ties and "it depends" between neighbours, each as its own rank verdict.</summary>
    public IReadOnlyList<RankAnswer> Notes { get; init; } = [];

    public IReadOnlyList<string> Caveats { get; init; } = [];
    public IReadOnlyList<Citation> Sources { get; init; } = [];
}

public enum LineUpStep
{
    Above,
    Depends,
}

internal static class LineUpSteps
{
    public static LineUpStep Of(RankVerdict verdict) =>
        verdict.Relation == RankRelation.FirstHigher && verdict.Certainty != RankCertainty.ItDepends ? LineUpStep.Above : LineUpStep.Depends;
}
