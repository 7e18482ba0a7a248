using RoleBot.Content.Knowledge;

namespace RoleBot.Knowledge.Ranking;

/// <summary>
/// A side-by-side comparison of any two roles: the curated one when an author wrote it, otherwise one generated
/// from the two roles' own fields (marked Generated) so it never states anything the knowledge base does not.
/// A generated one carries facts, not sentences: its verdict and rows are worded by the answer side from answers.json.
/// </summary>
public sealed class RoleComparer(IKnowledgeBaseProvider provider, RoleRanker ranker)
{
    public Comparison Compare(Role first, Role second)
    {
        var kb = provider.Current;
        return kb.FindCuratedComparison(first.Id, second.Id) ?? Generate(kb, first, second);
    }

    private Comparison Generate(KnowledgeBase kb, Role first, Role second)
    {
        var verdict = ranker.Compare(first, second);
        return new Comparison
        {
            First = first.Id,
            Second = second.Id,
            Summary = "",
            Verdict = verdict,
            Facts = new GeneratedComparison(Facts(kb, first), Facts(kb, second)),
            Caveats = verdict.Caveats,
            Sources = verdict.Sources,
            Generated = true,
        };
    }

    private static ComparedRole Facts(KnowledgeBase kb, Role role) => new()
    {
        Description = role.Description,
        Track = kb.FindTrack(role.Track)?.Name ?? role.Track,
        Level = role.Level,
        LevelName = kb.FindLevel(role.Level)?.Name,
        Managers = [.. role.ReportsTo.Select(kb.FindRole).OfType<Role>().Select(r => r.Name)],
        Responsibilities = role.Responsibilities,
        Skills = role.Skills,
        Requirements = role.Requirements,
    };
}
