using System.Text.RegularExpressions;
using RoleBot.Knowledge.Loading;

namespace RoleBot.Knowledge.Validation;

internal static partial class IdRules
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    public static KnowledgeBaseIds Check(KnowledgeBaseDocument doc, ValidationIssues issues)
    {
        var roles = new Dictionary<string, Role>(StringComparer.OrdinalIgnoreCase);
        RequiredFieldRules.ForEach(doc.Roles, "$.roles", (r, p) =>
        {
            if (CheckId(r.Id, $"{p}.id", "role", issues) && !roles.TryAdd(r.Id, r))
            {
                issues.Add($"{p}.id", $"duplicate role id '{r.Id}'");
            }
        });

        var levels = new HashSet<int>();
        RequiredFieldRules.ForEach(doc.Ladder, "$.ladder", (l, p) =>
        {
            if (!levels.Add(l.Level))
            {
                issues.Add($"{p}.level", $"duplicate ladder level {l.Level}");
            }
        });

        var comparisonPairs = new HashSet<(string, string)>();
        RequiredFieldRules.ForEach(doc.Comparisons, "$.comparisons", (c, p) =>
        {
            var a = c.First.ToLowerInvariant();
            var b = c.Second.ToLowerInvariant();
            if (!comparisonPairs.Add(string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a)))
            {
                issues.Add(p, $"duplicate comparison of '{c.First}' and '{c.Second}' (either order)");
            }
        });

        var sources = UniqueIds(doc.Sources, s => s.Id, "$.sources", "source", issues);
        var tracks = UniqueIds(doc.Tracks, t => t.Id, "$.tracks", "track", issues);
        UniqueIds(doc.Faqs, f => f.Id, "$.faqs", "FAQ", issues);
        return new KnowledgeBaseIds(roles, sources, tracks, levels);
    }

    private static HashSet<string> UniqueIds<T>(IReadOnlyList<T> items, Func<T, string> id, string path, string kind, ValidationIssues issues)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        RequiredFieldRules.ForEach(items, path, (item, p) =>
        {
            if (CheckId(id(item), $"{p}.id", kind, issues) && !seen.Add(id(item)))
            {
                issues.Add($"{p}.id", $"duplicate {kind} id '{id(item)}'");
            }
        });
        return seen;
    }

    private static bool CheckId(string? id, string path, string kind, ValidationIssues issues)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            issues.Add(path, $"{kind} id must not be empty");
            return false;
        }

        if (!KebabCase().IsMatch(id))
        {
            issues.Add(path, $"{kind} id '{id}' must be kebab-case (lowercase letters, digits and single hyphens)");
        }

        return true;
    }
}
