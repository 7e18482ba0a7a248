namespace RoleBot.Answers;

/// <summary>
/// "Who is higher, First or Second?" answered from First's point of view: Relation says where First sits
/// relative to Second. Ladder lists the rungs from the higher role down to the lower one.
/// </summary>
public sealed record RankAnswer(RoleRef First, RoleRef Second, RankRelation Relation, RankCertainty Certainty)
{
    public IReadOnlyList<LadderStep> Ladder { get; init; } = [];
    public string? Explanation { get; init; }
    public IReadOnlyList<string> Caveats { get; init; } = [];
    public IReadOnlyList<Citation> Sources { get; init; } = [];
}

public enum RankRelation { Above, Below, Same, Parallel }

/// <summary>Definite: documented everywhere; Usually: the common convention; Depends: organisations differ a lot.</summary>
public enum RankCertainty { Definite, Usually, Depends }

/// <summary>One rung of the ladder. Role is set when the rung is one of the two roles asked about.</summary>
public sealed record LadderStep(int Level, string Name, RoleRef? Role = null);
