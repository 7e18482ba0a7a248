using Microsoft.Extensions.Configuration;
using RoleBot.Hosting;
using RoleBot.Hosting.Commands;
using RoleBot.Insights;
using RoleBot.Insights.Report;
using RoleBot.Insights.Storage;

namespace RoleBot.Tests.Hosting.Commands;

/// <summary>The gaps report over a stopped bot's SQLite file, found by the same settings the bot reads.</summary>
public sealed class GapsCommandTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rolebot-tests", $"gaps-command-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task ReportsGroupsSinceThePeriodForOneOrganisation()
    {
        await new SqliteGapStore(Path.Combine(_folder, "insights.db")).AddAsync(
        [
            new KnowledgeGap(Now.AddDays(-40), GapReason.Fallback, "too old to show", [], "msteams", null, "contoso"),
            new KnowledgeGap(Now.AddDays(-2), GapReason.UnknownRole, "what does a wizard do?", ["wizard"], "msteams", null, "contoso"),
            new KnowledgeGap(Now.AddDays(-1), GapReason.UnknownRole, "what does the wizard do", ["wizard"], "slack", null, "contoso"),
            new KnowledgeGap(Now.AddDays(-1), GapReason.Fallback, "another organisation's question", [], "slack", null, "fabrikam"),
        ], default);
        var (code, output, _) = await RunAsync("30d", "contoso", GapReportFormat.Csv);

        Assert.Equal(0, code);
        Assert.Equal(3, output.Length);
        Assert.StartsWith("2,question,what does a wizard do?,2026-11-29 12:00,2026-11-30 12:00,unknown_role,", output[1], StringComparison.Ordinal);
        Assert.StartsWith("2,unknown title,wizard,", output[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaysClearlyWhenNothingIsRecorded()
    {
        var (code, output, _) = await RunAsync("30d", null, GapReportFormat.Table);

        Assert.Equal(0, code);
        Assert.StartsWith("No knowledge gaps recorded since 2026-11-01 12:00 UTC in SQLite ", Assert.Single(output), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "insights.db")));
    }

    [Theory]
    [InlineData("30")]
    [InlineData("0d")]
    [InlineData("3y")]
    [InlineData("-1d")]
    public async Task RefusesAPeriodItCannotRead(string since)
    {
        var (code, _, error) = await RunAsync(since, null, GapReportFormat.Table);

        Assert.Equal(RoleBotCommandLine.UsageError, code);
        Assert.Contains("12h, 30d or 2w", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormatItDoesNotKnowIsAUsageError()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(RoleBotCommandLine.UsageError, await RoleBotCommandLine.RunAsync(["gaps", "--format", "xml"], output, error));
    }

    private async Task<(int Code, string[] Output, string Error)> RunAsync(string since, string? organisation, GapReportFormat format)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RoleBot:Insights:Path"] = Path.Combine(_folder, "insights.db"),
        }).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GapsCommand.RunAsync(since, organisation, format, configuration, Now, output, error);
        return (code, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries), error.ToString());
    }
}
