using RoleBot.Knowledge.Loading;

namespace RoleBot.Knowledge.Validation;

internal static class RequiredFieldRules
{
    public static void Check(KnowledgeBaseDocument doc, ValidationIssues issues)
    {
        issues.RequireItems("$.roles", doc.Roles);
        issues.RequireItems("$.sources", doc.Sources);
        issues.RequireItems("$.tracks", doc.Tracks);
        issues.RequireItems("$.ladder", doc.Ladder);
        ForEach(doc.Tracks, "$.tracks", (t, p) => issues.RequireText($"{p}.name", t.Name));
        ForEach(doc.Ladder, "$.ladder", (l, p) =>
        {
            issues.RequireText($"{p}.name", l.Name);
            issues.RequireText($"{p}.description", l.Description);
        });
        ForEach(doc.Roles, "$.roles", (r, p) => CheckRole(r, p, issues));
        ForEach(doc.AmbiguousAliases, "$.ambiguousAliases", (a, p) =>
        {
            issues.RequireText($"{p}.alias", a.Alias);
            issues.RequireItems($"{p}.roles", a.Roles, minimum: 2);
        });
        ForEach(doc.Comparisons, "$.comparisons", (c, p) =>
        {
            issues.RequireText($"{p}.summary", c.Summary);
            issues.RequireItems($"{p}.dimensions", c.Dimensions);
            issues.RequireItems($"{p}.sources", c.Sources);
            ForEach(c.Dimensions, $"{p}.dimensions", (d, dp) =>
            {
                issues.RequireText($"{dp}.name", d.Name);
                issues.RequireText($"{dp}.first", d.First);
                issues.RequireText($"{dp}.second", d.Second);
            });
        });
        ForEach(doc.Faqs, "$.faqs", (f, p) =>
        {
            issues.RequireText($"{p}.question", f.Question);
            issues.RequireText($"{p}.answer", f.Answer);
            issues.RequireItems($"{p}.examples", f.Examples);
            issues.RequireTexts($"{p}.examples", f.Examples);
            issues.RequireItems($"{p}.sources", f.Sources);
        });
    }

    private static void CheckRole(Role role, string path, ValidationIssues issues)
    {
        issues.RequireText($"{path}.name", role.Name);
        issues.RequireText($"{path}.description", role.Description);
        issues.RequireItems($"{path}.sources", role.Sources);
        issues.RequireTexts($"{path}.abbreviations", role.Abbreviations);
        issues.RequireTexts($"{path}.aliases", role.Aliases);
        issues.RequireTexts($"{path}.responsibilities", role.Responsibilities);
        issues.RequireTexts($"{path}.skills", role.Skills);
        issues.RequireTexts($"{path}.requirements", role.Requirements);
        issues.RequireTexts($"{path}.interviewQuestions", role.InterviewQuestions);
        issues.RequireTexts($"{path}.caveats", role.Caveats);
    }

    internal static void ForEach<T>(IReadOnlyList<T> items, string path, Action<T, string> check)
    {
        for (var i = 0; i < items.Count; i++)
        {
            check(items[i], $"{path}[{i}]");
        }
    }
}
