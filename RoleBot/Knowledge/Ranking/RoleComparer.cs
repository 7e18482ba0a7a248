using RoleBot.Content.Knowledge;

namespace RoleBot.Knowledge.Ranking;

/// <summary>
/// A side-by-side comparison of any two roles: the curated one when an author wrote it, otherwise one generated
/// from the two roles' own fields (marked Generated) so it never states anything the knowledge base does not.
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
        List<ComparisonDimension> dimensions =
        [
            new("Focus", first.Description, second.Description),
            new("Scope", Scope(kb, first), Scope(kb, second)),
            new("Position", Position(kb, first), Position(kb, second)),
        ];
        AddIfAny(dimensions, "Responsibilities", first.Responsibilities, second.Responsibilities, 3);
        AddIfAny(dimensions, "Skills", first.Skills, second.Skills, 4);
        AddIfAny(dimensions, "Requirements", first.Requirements, second.Requirements, 2);
        return new Comparison
        {
            First = first.Id,
            Second = second.Id,
            // The summary is the verdict, worded where every verdict is worded (answers.json rank.*).
            Summary = "",
            Verdict = verdict,
            Dimensions = dimensions,
            Caveats = verdict.Caveats,
            Sources = verdict.Sources,
            Generated = true,
        };
    }

    private static string Scope(KnowledgeBase kb, Role role)
    {
        var track = kb.FindTrack(role.Track)?.Name ?? role.Track;
        var level = kb.FindLevel(role.Level)?.Name ?? $"level {role.Level}";
        return $"{track} track, {level} level";
    }

    private static string Position(KnowledgeBase kb, Role role)
    {
        var managers = role.ReportsTo.Select(kb.FindRole).OfType<Role>().Select(r => r.Name).ToList();
        return managers.Count == 0 ? "Usually at the top of its chain" : $"Usually reports to: {string.Join(", ", managers)}";
    }

    private static void AddIfAny(List<ComparisonDimension> dimensions, string name, IReadOnlyList<string> a, IReadOnlyList<string> b, int take)
    {
        if (a.Count > 0 || b.Count > 0)
        {
            dimensions.Add(new(name, Join(a, take), Join(b, take)));
        }
    }

    private static string Join(IReadOnlyList<string> items, int take) =>
        items.Count == 0 ? "Not recorded" : string.Join("; ", items.Take(take));
}
