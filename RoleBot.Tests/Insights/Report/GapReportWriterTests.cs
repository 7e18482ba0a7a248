using RoleBot.Insights.Report;

namespace RoleBot.Tests.Insights.Report;

public sealed class GapReportWriterTests
{
    private static readonly GapGroup Group = new(
        "question", "is a \"VP\" higher, or a GM | director?", 3, new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 11, 2, 10, 30, 0, TimeSpan.Zero), ["is a VP higher?", "VP or GM?"], ["fallback", "low_confidence"]);

    [Fact]
    public void CsvQuotesCellsWithCommasAndQuotes()
    {
        var output = Write(GapReportFormat.Csv);

        Assert.Equal("count,kind,question or title,first seen,last seen,reasons,examples", output[0]);
        Assert.Equal("3,question,\"is a \"\"VP\"\" higher, or a GM | director?\",2026-11-01 09:00,2026-11-02 10:30,fallback low_confidence,is a VP higher? / VP or GM?", output[1]);
    }

    [Fact]
    public void MarkdownEscapesPipes()
    {
        var output = Write(GapReportFormat.Md);

        Assert.StartsWith("| count | kind |", output[0], StringComparison.Ordinal);
        Assert.Contains("GM \\| director?", output[2], StringComparison.Ordinal);
    }

    [Fact]
    public void TheTableAlignsItsColumns()
    {
        var output = Write(GapReportFormat.Table);

        Assert.Equal(output[0].IndexOf("kind", StringComparison.Ordinal), output[1].IndexOf("question", StringComparison.Ordinal));
    }

    private static string[] Write(GapReportFormat format)
    {
        using var writer = new StringWriter();
        GapReportWriter.Write([Group], format, writer);
        return writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
    }
}
