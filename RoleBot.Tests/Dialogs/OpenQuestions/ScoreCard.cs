namespace RoleBot.Tests.Dialogs.OpenQuestions;

/// <summary>Right replies per class and overall ("all"), as counts and shares.</summary>
public static class ScoreCard
{
    public readonly record struct Figure(int Right, int Total)
    {
        public double Share => Total == 0 ? 1 : (double)Right / Total;
    }

    public static Dictionary<string, Figure> Of(IReadOnlyList<(string Class, bool Right)> results)
    {
        var figures = results.GroupBy(r => r.Class)
            .ToDictionary(g => g.Key, g => new Figure(g.Count(r => r.Right), g.Count()));
        figures["all"] = new Figure(results.Count(r => r.Right), results.Count);
        return figures;
    }

    public static string Format(Dictionary<string, Figure> figures) =>
        string.Join(", ", figures.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => $"{f.Key} {f.Value.Right}/{f.Value.Total} ({f.Value.Share:P0})"));
}
