using RoleBot.Knowledge;

namespace RoleBot.Dialogs.Prompts;

/// <summary>
/// Picks roles to offer when an answer named none: those whose name, alias or abbreviation is closest to what
/// the user typed, else the content's example roles. Suggestions are only offered, never assumed.
/// </summary>
public static class RoleSuggester
{
    private const double MinSimilarity = 0.5;

    public static IReadOnlyList<string> Suggest(KnowledgeBase kb, IEnumerable<string> typed, IReadOnlyList<string> examples, int count = 3)
    {
        var targets = typed.Select(PlainWords.Normalize).Where(t => t.Length > 0).ToList();
        var similar = kb.Roles
            .Select(role => (role.Id, Score: targets.Count == 0 ? 0 : targets.Max(t => BestSimilarity(role, t))))
            .Where(x => x.Score >= MinSimilarity)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Select(x => x.Id)
            .Take(count)
            .ToList();
        if (similar.Count > 0)
        {
            return similar;
        }

        var known = examples.Where(id => kb.FindRole(id) is not null).Take(count).ToList();
        return known.Count > 0
            ? known
            : [.. kb.Roles.OrderByDescending(r => r.Level).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Id).Take(count)];
    }

    private static double BestSimilarity(Role role, string typed) =>
        new[] { role.Name }.Concat(role.Aliases).Concat(role.Abbreviations)
            .Select(PlainWords.Normalize)
            .Max(name => Similarity(name, typed));

    /// <summary>1 - edit distance / longer length; a typed word inside a longer name counts as close.</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (b.Length >= 3 && a.Split(' ').Contains(b))
        {
            return 0.6;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return 1.0 - (double)previous[b.Length] / Math.Max(a.Length, b.Length);
    }
}
