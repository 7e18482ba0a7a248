namespace RoleBot.Knowledge.Ranking;

/// <summary>
/// Several roles in order, highest first. Roles the knowledge base calls peers share a tier; Links holds, from the
/// top, the verdict between each role and the next one (peers inside a tier, then the step down to the next tier),
/// so every "above", "same level" or "depends" shown is a verdict the ranker gave.
/// </summary>
public sealed record LineUp(IReadOnlyList<IReadOnlyList<Role>> Tiers, IReadOnlyList<RankVerdict> Links);
