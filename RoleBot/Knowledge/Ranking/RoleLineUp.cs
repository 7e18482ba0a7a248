namespace RoleBot.Knowledge.Ranking;

/// <summary>
/// Orders several roles ("rank CEO, VP and director") with the ranker's pairwise verdicts only: each role is placed
/// by how many of the others it ranks above minus how many rank above it, peers are grouped, and the verdict between
/// neighbours is kept so a tie or an "it depends" is shown as such instead of being forced into a strict order.
/// </summary>
public sealed class RoleLineUp(RoleRanker ranker)
{
    public const int MaxRoles = 8;

    public LineUp Order(IReadOnlyList<Role> roles)
    {
        var distinct = roles.DistinctBy(r => r.Id, StringComparer.OrdinalIgnoreCase).Take(MaxRoles).ToList();
        var balance = new int[distinct.Count];
        for (var i = 0; i < distinct.Count; i++)
        {
            for (var j = i + 1; j < distinct.Count; j++)
            {
                var relation = ranker.Compare(distinct[i], distinct[j]).Relation;
                var step = relation == RankRelation.FirstHigher ? 1 : relation == RankRelation.SecondHigher ? -1 : 0;
                balance[i] += step;
                balance[j] -= step;
            }
        }

        var ordered = distinct.Select((role, index) => (role, index))
            .OrderByDescending(x => balance[x.index]).ThenByDescending(x => x.role.Level).ThenBy(x => x.index)
            .Select(x => x.role).ToList();
        return Group(ordered);
    }

    private LineUp Group(List<Role> ordered)
    {
        var tiers = new List<List<Role>> { new() { ordered[0] } };
        var links = new List<RankVerdict>();
        for (var i = 1; i < ordered.Count; i++)
        {
            var verdict = ranker.Compare(ordered[i - 1], ordered[i]);
            links.Add(verdict);
            if (verdict.Relation == RankRelation.Peers)
            {
                tiers[^1].Add(ordered[i]);
            }
            else
            {
                tiers.Add([ordered[i]]);
            }
        }

        return new LineUp([.. tiers], links);
    }
}
