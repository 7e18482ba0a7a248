using System.Text;
using RoleBot.Organisations;
using RoleBot.Organisations.Validation;

namespace RoleBot.Content.Organisations;

/// <summary>
/// Reads one organisation folder (organisation.json and ladder.csv) and checks it; throws
/// <see cref="OrganisationException"/> with every problem, each at its file, line and column.
/// </summary>
public static class OrganisationLoader
{
    public static Organisation Load(string folder)
    {
        var problems = new List<OrganisationProblem>();
        var organisation = TryLoad(folder, problems);
        return organisation is not null && problems.Count == 0 ? organisation : throw new OrganisationException(problems);
    }

    public static Organisation? TryLoad(string folder, List<OrganisationProblem> problems)
    {
        var id = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        var jsonFile = Path.Combine(folder, OrganisationJson.FileName);
        var csvFile = Path.Combine(folder, LadderCsv.FileName);
        if (!OrganisationIds.IsOrganisationId(id))
        {
            problems.Add(new(folder, 1, 1, $"the folder name '{id}' is not an organisation id (lower-case letters, digits and single hyphens)"));
        }

        var header = Read(jsonFile, problems) is { } json ? OrganisationJson.Parse(json, jsonFile, problems) : null;
        var titles = Read(csvFile, problems) is { } csv && Decode(csv, csvFile, problems) is { } text ? LadderCsv.Parse(text, csvFile, problems) : [];
        if (titles.Count == 0 && problems.Count == 0)
        {
            problems.Add(new(csvFile, 2, 1, "the ladder has no titles"));
        }

        return header is null ? null : new Organisation
        {
            Id = id,
            Name = header.Name,
            TeamsTenantIds = header.TeamsTenantIds,
            SlackTeamIds = header.SlackTeamIds,
            Source = header.Source,
            Ladder = new OrganisationLadder(titles),
        };
    }

    public static IReadOnlyList<string> Files(string folder) =>
        [Path.Combine(folder, OrganisationJson.FileName), Path.Combine(folder, LadderCsv.FileName)];

    private static byte[]? Read(string file, List<OrganisationProblem> problems)
    {
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new(file, 1, 1, $"cannot read the file: {e.Message}"));
            return null;
        }
    }

    // HR exports are sometimes Windows-1252: say so at the first bad byte instead of showing mangled titles.
    private static string? Decode(byte[] bytes, string file, List<OrganisationProblem> problems)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var before = bytes.AsSpan(0, Math.Max(0, e.Index));
            var line = before.Count((byte)'\n') + 1;
            problems.Add(new(file, line, before.Length - before.LastIndexOf((byte)'\n'), "the file is not UTF-8; save it as 'CSV UTF-8'"));
            return null;
        }
    }
}
