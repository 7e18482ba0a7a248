namespace RoleBot.Tests.Support;

/// <summary>Writes organisation folders (organisation.json + ladder.csv) into a throwaway dialogs/organisations/ for a test.</summary>
internal static class TestOrganisations
{
    public const string Header = "title,level,track,reports_to,aliases\n";

    public static string ShippedRoot => Path.Combine(KnowledgeTestPaths.RepoRoot, "dialogs", "organisations");

    public static string ShippedSample => Path.Combine(ShippedRoot, "contoso");

    public static string TempRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "rolebot-orgs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return root;
    }

    public static string Write(string root, string id, string name, string ladderRows, string[]? tenants = null, string[]? slackTeams = null)
    {
        var folder = Path.Combine(root, id);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "organisation.json"), Json(name, tenants ?? [], slackTeams ?? []));
        File.WriteAllText(Path.Combine(folder, "ladder.csv"), Header + ladderRows);
        return folder;
    }

    public static string Json(string name, string[] tenants, string[] slackTeams) =>
        $$"""
        {
          "name": "{{name}}",
          "teamsTenantIds": [{{string.Join(", ", tenants.Select(t => $"\"{t}\""))}}],
          "slackTeamIds": [{{string.Join(", ", slackTeams.Select(t => $"\"{t}\""))}}],
          "source": { "title": "{{name}} career framework", "url": "https://{{name.ToLowerInvariant()}}.example/ladder" }
        }
        """;
}
