using RoleBot.Knowledge;

namespace RoleBot.Answers;

/// <summary>
/// "Who is higher, First or Second?" in the knowledge base's terms (<see cref="RankVerdict"/>'s relation and
/// certainty). Ladder lists the rungs from the higher role down to the lower one.
/// </summary>
public sealed record RankAnswer(RoleRef First, RoleRef Second, RankRelation Relation, RankCertainty Certainty)
{
    public IReadOnlyList<LadderStep> Ladder { get; init; } = [];
    public string? Explanation { get; init; }
    public IReadOnlyList<string> Caveats { get; init; } = [];
    public IReadOnlyList<Citation> Sources { get; init; } = [];
}

/// <summary>One rung of the ladder. Role is set when the rung is one of the two roles asked about.</summary>
public sealed record LadderStep(int Level, string Name, RoleRef? Role = null);
