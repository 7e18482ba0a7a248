using System.CommandLine;
using RoleBot.Content;
using RoleBot.Content.Organisations;
using RoleBot.Organisations;
using RoleBot.Organisations.Validation;

namespace RoleBot.Hosting.Commands;

/// <summary>
/// "validate-org &lt;folder&gt;": checks one organisation (organisation.json and ladder.csv) without starting the
/// server, and that no other organisation beside it claims its Teams tenants or Slack teams. Every problem is
/// printed as file(line,column): reason; exit 0 when valid, 1 otherwise.
/// </summary>
public static class ValidateOrganisationCommand
{
    public const string Name = "validate-org";

    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "The organisation's folder, e.g. dialogs/organisations/contoso." };
        var command = new Command(Name, "Check an organisation's ladder without starting the server (exit 0 when valid, 1 otherwise).") { folder };
        command.SetAction(parse => Run(parse.GetValue(folder)!, CommandConfiguration.Load(), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string argument, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var folder = Resolve(argument, configuration);
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"{argument}: no such folder");
            return 1;
        }

        var problems = new List<OrganisationProblem>();
        var organisation = OrganisationLoader.TryLoad(folder, problems);
        if (organisation is not null)
        {
            var others = Siblings(folder);
            var json = Path.Combine(folder, OrganisationJson.FileName);
            OrganisationDirectory.Claimed(organisation.TeamsTenantIds, others.SelectMany(o => o.TeamsTenantIds.Select(t => (t, o.Id))), "teamsTenantIds", json, problems);
            OrganisationDirectory.Claimed(organisation.SlackTeamIds, others.SelectMany(o => o.SlackTeamIds.Select(t => (t, o.Id))), "slackTeamIds", json, problems);
        }

        if (problems.Count > 0 || organisation is null)
        {
            foreach (var problem in problems)
            {
                error.WriteLine(problem);
            }

            error.WriteLine($"FAILED: {problems.Count} problem{(problems.Count == 1 ? "" : "s")} in {folder}");
            return 1;
        }

        var tracks = organisation.Ladder.Titles.Select(t => t.Track).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Count();
        output.WriteLine($"OK: {organisation.Name}: {organisation.Ladder.Titles.Count} titles on {tracks} track{(tracks == 1 ? "" : "s")}, "
            + $"{organisation.TeamsTenantIds.Count} Teams tenant(s), {organisation.SlackTeamIds.Count} Slack team(s)");
        return 0;
    }

    // Other organisations that load; a broken sibling is its own problem, reported by its own validate-org.
    private static List<Organisation> Siblings(string folder)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(folder))!;
        var self = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        var siblings = new List<Organisation>();
        foreach (var other in Directory.GetDirectories(parent).Where(d => Path.GetFileName(d) != self).Order(StringComparer.Ordinal))
        {
            if (OrganisationLoader.TryLoad(other, []) is { } loaded)
            {
                siblings.Add(loaded);
            }
        }

        return siblings;
    }

    // "dotnet run --project RoleBot" runs in the project folder: a path typed at the repository root is tried
    // against the content root (the folder that holds dialogs/) too.
    private static string Resolve(string argument, IConfiguration configuration)
    {
        var direct = Path.GetFullPath(argument);
        if (Directory.Exists(direct) || Path.IsPathRooted(argument))
        {
            return direct;
        }

        var configured = configuration[ContentPaths.ContentRootKey];
        var dialogs = ContentPaths.FindDialogsRoot(AppContext.BaseDirectory);
        var contentRoot = !string.IsNullOrWhiteSpace(configured) ? configured : dialogs is null ? null : Path.GetDirectoryName(dialogs);
        var fallback = contentRoot is null ? null : Path.GetFullPath(Path.Combine(contentRoot, argument));
        return fallback is not null && Directory.Exists(fallback) ? fallback : direct;
    }
}
