using System.CommandLine;
using RoleBot.Insights;
using RoleBot.Insights.Report;

namespace RoleBot.Hosting.Commands;

/// <summary>
/// "gaps [--since 30d] [--org id] [--format table|md|csv]": the questions RoleBot could not answer well, grouped,
/// most asked first, from the store the bot's settings choose; it works while the bot is stopped.
/// </summary>
public static class GapsCommand
{
    public const string Name = "gaps";

    public static Command Create()
    {
        var since = new Option<string>("--since") { HelpName = "period", Description = "How far back to look: hours, days or weeks, e.g. 12h, 30d, 2w.", DefaultValueFactory = _ => "30d" };
        var org = new Option<string?>("--org") { HelpName = "id", Description = "Only this organisation's records." };
        var format = new Option<GapReportFormat>("--format") { Description = "table (the default), md or csv.", DefaultValueFactory = _ => GapReportFormat.Table };
        var command = new Command(Name, "Report the questions RoleBot could not answer well, grouped and most frequent first.") { since, org, format };
        command.SetAction((parse, ct) => RunAsync(
            parse.GetValue(since)!, parse.GetValue(org), parse.GetValue(format), CommandConfiguration.Load(), DateTimeOffset.UtcNow,
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct));
        return command;
    }

    public static async Task<int> RunAsync(
        string since, string? organisation, GapReportFormat format, IConfiguration configuration, DateTimeOffset now, TextWriter output, TextWriter error,
        CancellationToken cancellationToken = default)
    {
        if (GapPeriod.Parse(since) is not { } period)
        {
            error.WriteLine($"--since '{since}' is not a period: use a whole number of hours, days or weeks, e.g. 12h, 30d or 2w.");
            return RoleBotCommandLine.UsageError;
        }

        var options = configuration.GetSection(InsightsOptions.Section).Get<InsightsOptions>() ?? new InsightsOptions();
        var store = GapStores.Create(configuration, options);
        try
        {
            var from = now - period;
            var gaps = await store.ReadAsync(from, organisation, cancellationToken);
            if (gaps.Count == 0)
            {
                output.WriteLine($"No knowledge gaps recorded since {from.UtcDateTime:yyyy-MM-dd HH:mm} UTC{(organisation is null ? "" : $" for organisation {organisation}")} in {store.Describe()}."
                    + (options.Enabled ? "" : $" Recording is turned off ({InsightsOptions.Section}:Enabled=false)."));
                return 0;
            }

            GapReportWriter.Write(GapGrouper.Group(gaps), format, output);
            return 0;
        }
        finally
        {
            if (store is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }
}
