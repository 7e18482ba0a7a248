namespace RoleBot.Content.Knowledge;

/// <summary>Where the knowledge base file lives: RoleBot:KnowledgeBasePath if set, else the shipped file under dialogs/.</summary>
public static class KnowledgeBaseLocation
{
    public const string PathKey = "RoleBot:KnowledgeBasePath";

    public static string Resolve(IConfiguration configuration)
    {
        var configured = configuration[PathKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return Default(ContentPaths.DialogsRoot(configuration));
        }

        if (Path.IsPathRooted(configured))
        {
            return configured;
        }

        // Relative overrides are relative to the content root (the folder holding dialogs/), never the working directory.
        var contentRoot = Path.GetDirectoryName(ContentPaths.DialogsRoot(configuration))!;
        return Path.GetFullPath(Path.Combine(contentRoot, configured));
    }

    public static string Default(string dialogsRoot) =>
        Path.Combine(dialogsRoot, "knowledge-base", "en-us", "roles.kb.json");
}
