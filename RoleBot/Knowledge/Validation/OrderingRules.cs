using System.Text.RegularExpressions;
using RoleBot.Knowledge.Loading;
using RoleBot.Knowledge.Ranking;

namespace RoleBot.Knowledge.Validation;

// An ordering must name two known roles and say why; and no firm verdict may contradict what a role's own caveat
// says about another role: a caveat that names another role ("in banks an AVP ranks below a director") means the
// ladder's "ranks above" is too firm for that pair, so the authors must hedge it with an ordering.
internal static class OrderingRules
{
    private static readonly string[] Certainties = ["usually", "itDepends"];

    // Only a caveat about rank can contradict a verdict; one about what a title means ("'PM' can mean...") cannot.
    private static readonly Regex RankWords = new(
        @"\b(below|above|outranks?|higher|lower|peers?|alongside|same level|same job|reverse)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static void Check(KnowledgeBaseDocument doc, ValidationIssues issues)
    {
        var roleIds = doc.Roles.Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sourceIds = doc.Sources.Select(s => s.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        RequiredFieldRules.ForEach(doc.Orderings, "$.orderings", (o, p) =>
        {
            if (o.Roles.Count != 2 || o.Roles.Any(r => !roleIds.Contains(r)) || string.Equals(o.Roles[0], o.Roles[1], StringComparison.OrdinalIgnoreCase))
            {
                issues.Add($"{p}.roles", "must name two different known roles");
            }

            if (o.Higher is not null && !o.Roles.Contains(o.Higher, StringComparer.OrdinalIgnoreCase))
            {
                issues.Add($"{p}.higher", $"'{o.Higher}' is not one of the two roles");
            }

            if (!Certainties.Contains(o.Certainty, StringComparer.Ordinal))
            {
                issues.Add($"{p}.certainty", $"'{o.Certainty}' must be one of: {string.Join(", ", Certainties)}");
            }

            issues.RequireText($"{p}.because", o.Because);
            issues.RequireItems($"{p}.sources", o.Sources);
            for (var i = 0; i < o.Sources.Count; i++)
            {
                if (!sourceIds.Contains(o.Sources[i]))
                {
                    issues.Add($"{p}.sources[{i}]", $"unknown source '{o.Sources[i]}'");
                }
            }
        });
    }

    /// <summary>Run on a knowledge base whose ids all resolve: every firm verdict a role's caveat disputes.</summary>
    public static void CheckFirmVerdicts(KnowledgeBaseDocument doc, ValidationIssues issues)
    {
        var kb = doc.ToKnowledgeBase();
        var terms = doc.Roles
            .SelectMany(r => new[] { r.Name }.Concat(r.Abbreviations).Concat(r.Aliases).Select(t => (Term: t, Role: r)))
            .Where(t => t.Term.Length > 1)
            .OrderByDescending(t => t.Term.Length)
            .ToList();
        RequiredFieldRules.ForEach(doc.Roles, "$.roles", (role, p) =>
        {
            for (var c = 0; c < role.Caveats.Count; c++)
            {
                if (!RankWords.IsMatch(role.Caveats[c]))
                {
                    continue;
                }

                foreach (var other in Mentioned(role.Caveats[c], terms).Where(o => !string.Equals(o.Id, role.Id, StringComparison.OrdinalIgnoreCase)))
                {
                    var verdict = RoleRanker.Verdict(kb, role, other);
                    if (verdict.Certainty == RankCertainty.Definitely && verdict.Relation is RankRelation.FirstHigher or RankRelation.SecondHigher)
                    {
                        var higher = verdict.Higher!;
                        var lower = higher == role ? other : role;
                        issues.Add($"{p}.caveats[{c}]", $"names {other.Id}, yet RoleBot says flatly that {higher.Id} ranks above {lower.Id}: add an ordering ('usually' or 'itDepends', with because) for the pair");
                    }
                }
            }
        });
    }

    // Longest terms first, each matched span masked, so "senior director" is not also read as "director".
    private static IEnumerable<Role> Mentioned(string caveat, List<(string Term, Role Role)> terms)
    {
        var text = caveat;
        var found = new List<Role>();
        foreach (var (term, role) in terms)
        {
            var pattern = new Regex($@"\b{Regex.Escape(term)}s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (pattern.IsMatch(text))
            {
                text = pattern.Replace(text, m => new string('#', m.Length));
                if (!found.Contains(role))
                {
                    found.Add(role);
                }
            }
        }

        return found;
    }
}
