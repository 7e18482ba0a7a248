namespace RoleBot.Tests.Support;

/// <summary>Finds the repository (the folder with RoleBot.sln); tests read nothing outside it.</summary>
internal static class KnowledgeTestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ShippedKnowledgeBase => Path.Combine(RepoRoot, "dialogs", "knowledge-base", "en-us", "roles.kb.json");

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "Knowledge", "TestData", name);

    /// <summary>Cases that belong to the tests of one Knowledge subfolder (e.g. "Ranking") sit in that folder's TestData.</summary>
    public static string TestData(string folder, string name) => Path.Combine(AppContext.BaseDirectory, "Knowledge", folder, "TestData", name);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RoleBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"RoleBot.sln not found above {AppContext.BaseDirectory}");
    }
}
