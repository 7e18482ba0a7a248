using System.Globalization;

namespace RoleBot.Insights.Report;

/// <summary>The report as an aligned text table, a Markdown table or CSV (RFC 4180), one line per group.</summary>
public static class GapReportWriter
{
    private static readonly string[] Headers = ["count", "kind", "question or title", "first seen", "last seen", "reasons", "examples"];

    public static void Write(IReadOnlyList<GapGroup> groups, GapReportFormat format, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(output);
        var rows = groups.Select(Cells).ToList();
        switch (format)
        {
            case GapReportFormat.Csv:
                foreach (var row in rows.Prepend(Headers))
                {
                    output.WriteLine(string.Join(',', row.Select(Csv)));
                }

                break;
            case GapReportFormat.Md:
                output.WriteLine($"| {string.Join(" | ", Headers)} |");
                output.WriteLine($"|{string.Join("|", Headers.Select(_ => " --- "))}|");
                foreach (var row in rows)
                {
                    output.WriteLine($"| {string.Join(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal)))} |");
                }

                break;
            default:
                var widths = Headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
                foreach (var row in rows.Prepend(Headers))
                {
                    output.WriteLine(string.Join("  ", row.Select((c, i) => i == row.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd());
                }

                break;
        }
    }

    private static string[] Cells(GapGroup group) =>
    [
        group.Count.ToString(CultureInfo.InvariantCulture),
        group.Kind,
        group.Text,
        Date(group.FirstSeen),
        Date(group.LastSeen),
        string.Join(' ', group.Reasons),
        string.Join(" / ", group.Examples),
    ];

    private static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Csv(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
