using RoleBot.Knowledge.Ranking;

namespace RoleBot.Answers;

// "Who is higher, First or Second?" in the knowledge base's terms (RankVerdict's relation and
// certainty). Ladder lists the rungs from the higher role down to the lower one.
public sealed record RankAnswer(RoleRef First, RoleRef Second, RankRelation Relation, RankCertainty Certainty)
{
    public IReadOnlyList<LadderStep> Ladder { get; init; } = [];
    public string? Explanation { get; init; }

    /// <summary>The deciding factor of a hedged ordering, said right after the verdict.</summary>
    public string? Because { get; init; }
    public IReadOnlyList<string> Caveats { get; init; } = [];
    public IReadOnlyList<Citation> Sources { get; init; } = [];
}

// One rung of the ladder. Role is set when the rung is one of the two roles asked about.
public sealed record LadderStep(int Level, string Name, RoleRef? Role = null);
