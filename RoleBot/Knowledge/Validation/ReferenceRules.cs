using RoleBot.Knowledge.Loading;

namespace RoleBot.Knowledge.Validation;

/// <summary>Every id mentioned anywhere must be declared: a dangling reference would surface as a broken answer.</summary>
internal static class ReferenceRules
{
    public static void Check(KnowledgeBaseDocument doc, KnowledgeBaseIds ids, ValidationIssues issues)
    {
        RequiredFieldRules.ForEach(doc.Tracks, "$.tracks", (t, p) =>
            Each(t.ParallelWith, $"{p}.parallelWith", ids.Tracks.Contains, "unknown track", issues));

        RequiredFieldRules.ForEach(doc.Roles, "$.roles", (r, p) =>
        {
            if (!string.IsNullOrWhiteSpace(r.Track) && !ids.Tracks.Contains(r.Track))
            {
                issues.Add($"{p}.track", $"unknown track '{r.Track}'");
            }

            if (!ids.Levels.Contains(r.Level))
            {
                issues.Add($"{p}.level", $"level {r.Level} is not on the ladder");
            }

            Each(r.ReportsTo, $"{p}.reportsTo", ids.Roles.ContainsKey, "unknown role", issues);
            Each(r.NextSteps, $"{p}.nextSteps", ids.Roles.ContainsKey, "unknown role", issues);
            Each(r.Sources, $"{p}.sources", ids.Sources.Contains, "unknown source", issues);
        });

        RequiredFieldRules.ForEach(doc.AmbiguousAliases, "$.ambiguousAliases", (a, p) =>
            Each(a.Roles, $"{p}.roles", ids.Roles.ContainsKey, "unknown role", issues));

        RequiredFieldRules.ForEach(doc.Comparisons, "$.comparisons", (c, p) =>
        {
            Each([c.First], $"{p}.first", ids.Roles.ContainsKey, "unknown role", issues, indexed: false);
            Each([c.Second], $"{p}.second", ids.Roles.ContainsKey, "unknown role", issues, indexed: false);
            if (string.Equals(c.First, c.Second, StringComparison.OrdinalIgnoreCase))
            {
                issues.Add($"{p}.second", "a comparison needs two different roles");
            }

            Each(c.Sources, $"{p}.sources", ids.Sources.Contains, "unknown source", issues);
        });

        RequiredFieldRules.ForEach(doc.Faqs, "$.faqs", (f, p) =>
        {
            Each(f.RelatedRoles, $"{p}.relatedRoles", ids.Roles.ContainsKey, "unknown role", issues);
            Each(f.Sources, $"{p}.sources", ids.Sources.Contains, "unknown source", issues);
        });
    }

    private static void Each(IReadOnlyList<string> refs, string path, Func<string, bool> exists, string what, ValidationIssues issues, bool indexed = true)
    {
        for (var i = 0; i < refs.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(refs[i]) && !exists(refs[i]))
            {
                issues.Add(indexed ? $"{path}[{i}]" : path, $"{what} '{refs[i]}'");
            }
        }
    }
}
