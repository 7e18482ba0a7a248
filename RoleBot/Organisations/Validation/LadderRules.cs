using System.Globalization;
using RoleBot.Knowledge;

namespace RoleBot.Organisations.Validation;

/// <summary>
/// Checks ladder.csv rows and turns the good ones into titles: a title, an integer level, no title or alias twice,
/// reports_to naming a title of the file at a level no lower, and no reporting cycle. Every problem is reported, not
/// only the first, each at its line and column.
/// </summary>
public static class LadderRules
{
    public static IReadOnlyList<OrganisationTitle> Check(string file, IReadOnlyList<LadderRow> rows, List<OrganisationProblem> problems)
    {
        var titles = new List<(OrganisationTitle Title, LadderRow Row)>();
        var terms = new Dictionary<string, (string Title, int Line)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var title = row.Field(LadderRow.Title);
            if (title.Length == 0)
            {
                problems.Add(new(file, row.Line, row.Column(LadderRow.Title), "the title is empty"));
                continue;
            }

            if (!int.TryParse(row.Field(LadderRow.Level), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var level))
            {
                problems.Add(new(file, row.Line, row.Column(LadderRow.Level), $"the level of '{title}' is '{row.Field(LadderRow.Level)}', not a whole number"));
                continue;
            }

            var aliases = row.Field(LadderRow.Aliases).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var (term, kind) in aliases.Select(a => (a, "alias")).Prepend((title, "title")))
            {
                var key = TermNormalizer.Normalize(term);
                if (terms.TryGetValue(key, out var owner) && owner.Line == row.Line)
                {
                    // "VP; V.P." spells one alias twice on one row: harmless, nothing is ambiguous.
                    continue;
                }

                if (owner.Title is not null)
                {
                    var column = row.Column(kind == "title" ? LadderRow.Title : LadderRow.Aliases);
                    problems.Add(new(file, row.Line, column, $"duplicate {kind} '{term}': already used by '{owner.Title}' on line {owner.Line}"));
                }
                else
                {
                    terms[key] = (title, row.Line);
                }
            }

            var parsed = new OrganisationTitle
            {
                Title = title,
                Level = level,
                Track = NullIfEmpty(row.Field(LadderRow.Track)),
                ReportsTo = NullIfEmpty(row.Field(LadderRow.ReportsTo)),
                Aliases = [.. aliases.Where(a => !string.Equals(TermNormalizer.Normalize(a), TermNormalizer.Normalize(title), StringComparison.Ordinal))
                    .DistinctBy(TermNormalizer.Normalize)],
                Line = row.Line,
            };
            titles.Add((parsed, row));
        }

        CheckReportsTo(file, titles, problems);
        return [.. titles.Select(t => t.Title)];
    }

    private static void CheckReportsTo(string file, List<(OrganisationTitle Title, LadderRow Row)> titles, List<OrganisationProblem> problems)
    {
        var byTitle = new Dictionary<string, OrganisationTitle>(StringComparer.Ordinal);
        foreach (var (title, _) in titles)
        {
            byTitle.TryAdd(TermNormalizer.Normalize(title.Title), title);
        }

        foreach (var (title, row) in titles.Where(t => t.Title.ReportsTo is not null))
        {
            var column = row.Column(LadderRow.ReportsTo);
            if (!byTitle.TryGetValue(TermNormalizer.Normalize(title.ReportsTo!), out var manager))
            {
                problems.Add(new(file, row.Line, column, $"'{title.Title}' reports to '{title.ReportsTo}', which is not a title in this file"));
            }
            else if (manager.Level < title.Level)
            {
                problems.Add(new(file, row.Line, column, $"'{title.Title}' (level {title.Level}) reports to '{manager.Title}' at a lower level ({manager.Level})"));
            }
            else if (InCycle(title, byTitle))
            {
                problems.Add(new(file, row.Line, column, $"'{title.Title}' is in a reporting cycle: following reports_to from it comes back to it"));
            }
        }
    }

    private static bool InCycle(OrganisationTitle start, Dictionary<string, OrganisationTitle> byTitle)
    {
        var seen = new HashSet<OrganisationTitle>(ReferenceEqualityComparer.Instance);
        for (var current = start; current.ReportsTo is { } next && byTitle.TryGetValue(TermNormalizer.Normalize(next), out var up);)
        {
            if (ReferenceEquals(up, start))
            {
                return true;
            }

            if (!seen.Add(up))
            {
                return false;
            }

            current = up;
        }

        return false;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
