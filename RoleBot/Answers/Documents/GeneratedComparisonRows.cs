using System.Globalization;
using RoleBot.Answers.Templates;
using RoleBot.Knowledge;

namespace RoleBot.Answers.Documents;

// Words a generated comparison's facts into side-by-side rows with the compare.generated.* templates. The cells
// quote the knowledge base; lists keep their first few items so both columns stay readable next to each other.
internal static class GeneratedComparisonRows
{
    public static IReadOnlyList<ComparisonDimension> Build(GeneratedComparison facts, AnswerTemplates t)
    {
        var (first, second) = (facts.First, facts.Second);
        List<ComparisonDimension> rows =
        [
            new(t["compare.generated.focus"], first.Description, second.Description),
            new(t["compare.generated.scope"], Scope(first, t), Scope(second, t)),
            new(t["compare.generated.position"], Position(first, t), Position(second, t)),
        ];
        AddIfAny(rows, t, "compare.generated.responsibilities", first.Responsibilities, second.Responsibilities, 3);
        AddIfAny(rows, t, "compare.generated.skills", first.Skills, second.Skills, 4);
        AddIfAny(rows, t, "compare.generated.requirements", first.Requirements, second.Requirements, 2);
        return rows;
    }

    private static string Scope(ComparedRole role, AnswerTemplates t) => role.LevelName is { } level
        ? t.Render("compare.generated.scope.named", ("track", role.Track), ("level", level))
        : t.Render("compare.generated.scope.numbered", ("track", role.Track), ("level", role.Level.ToString(CultureInfo.InvariantCulture)));

    private static string Position(ComparedRole role, AnswerTemplates t) => role.Managers.Count == 0
        ? t["compare.generated.position.top"]
        : t.Render("compare.generated.position.reportsTo", ("managers", string.Join(", ", role.Managers)));

    private static void AddIfAny(List<ComparisonDimension> rows, AnswerTemplates t, string key, IReadOnlyList<string> first, IReadOnlyList<string> second, int take)
    {
        if (first.Count > 0 || second.Count > 0)
        {
            rows.Add(new(t[key], Cell(first, take, t), Cell(second, take, t)));
        }
    }

    private static string Cell(IReadOnlyList<string> items, int take, AnswerTemplates t) =>
        items.Count == 0 ? t["compare.generated.notRecorded"] : string.Join("; ", items.Take(take));
}
