using System.Text.RegularExpressions;
using RoleBot.Knowledge.Loading;

namespace RoleBot.Knowledge.Validation;

// A quote is only worth something when it backs a claim that exists and cites a document the statement lists;
// whether the quote really is in that document needs the documents folder (SourceDocumentsCheck).
internal static partial class EvidenceRules
{
    private static readonly string[] RoleClaims =
        ["description", "level", "reportsTo", "responsibilities", "skills", "requirements", "nextSteps", "interviewQuestions", "caveats"];

    private static readonly string[] ComparisonClaims = ["summary", "dimensions", "caveats"];
    private static readonly string[] FaqClaims = ["answer"];

    public static void Check(KnowledgeBaseDocument doc, ValidationIssues issues)
    {
        var sources = doc.Sources.GroupBy(s => s.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        RequiredFieldRules.ForEach(doc.Roles, "$.roles", (r, p) =>
            Check(r.Evidence, r.Sources, p, RoleClaims, claim => Count(r, claim), sources, issues));
        RequiredFieldRules.ForEach(doc.Comparisons, "$.comparisons", (c, p) =>
            Check(c.Evidence, c.Sources, p, ComparisonClaims, claim => claim switch
            {
                "dimensions" => c.Dimensions.Count,
                "caveats" => c.Caveats.Count,
                _ => null,
            }, sources, issues));
        RequiredFieldRules.ForEach(doc.Faqs, "$.faqs", (f, p) =>
            Check(f.Evidence, f.Sources, p, FaqClaims, _ => null, sources, issues));
    }

    private static void Check(
        IReadOnlyList<Evidence> evidence,
        IReadOnlyList<string> cited,
        string owner,
        string[] claims,
        Func<string, int?> itemCount,
        Dictionary<string, Source> sources,
        ValidationIssues issues)
    {
        for (var i = 0; i < evidence.Count; i++)
        {
            var e = evidence[i];
            var p = $"{owner}.evidence[{i}]";
            CheckClaim(e.Claim, $"{p}.claim", claims, itemCount, issues);
            if (!cited.Contains(e.Source, StringComparer.OrdinalIgnoreCase))
            {
                issues.Add($"{p}.source", $"'{e.Source}' is not in this statement's sources");
            }
            else if (sources.TryGetValue(e.Source, out var source) && !source.IsDocument)
            {
                issues.Add($"{p}.source", $"'{e.Source}' is editorial: editorial claims cite the source id and explain themselves in the notes, not with a quote");
            }

            issues.RequireText($"{p}.quote", e.Quote);
            if (e.Line < 1)
            {
                issues.Add($"{p}.line", "must be the document line the quote starts on (1 or more)");
            }
        }
    }

    private static void CheckClaim(string claim, string path, string[] claims, Func<string, int?> itemCount, ValidationIssues issues)
    {
        var match = ClaimPattern().Match(claim);
        if (!match.Success || !claims.Contains(match.Groups["field"].Value, StringComparer.Ordinal))
        {
            issues.Add(path, $"'{claim}' names no claim here (one of: {string.Join(", ", claims)}, optionally with [index])");
            return;
        }

        if (match.Groups["index"].Success && itemCount(match.Groups["field"].Value) is { } count
            && int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) >= count)
        {
            issues.Add(path, $"'{claim}' is past the end of {match.Groups["field"].Value} ({count} items)");
        }
    }

    private static int? Count(Role role, string field) => field switch
    {
        "reportsTo" => role.ReportsTo.Count,
        "responsibilities" => role.Responsibilities.Count,
        "skills" => role.Skills.Count,
        "requirements" => role.Requirements.Count,
        "nextSteps" => role.NextSteps.Count,
        "interviewQuestions" => role.InterviewQuestions.Count,
        "caveats" => role.Caveats.Count,
        _ => null,
    };

    [GeneratedRegex(@"^(?<field>[a-zA-Z]+)(\[(?<index>[0-9]+)\])?(\.(name|first|second))?$")]
    private static partial Regex ClaimPattern();
}
