namespace RoleBot.Content;

/// <summary>
/// Finds the declarative content folder (dialogs/) without depending on the working directory: an explicit
/// RoleBot:ContentRoot wins; otherwise walk up from the assembly's folder. In development that reaches the
/// repository's dialogs/ (so edits hot-reload); after a publish it finds the copy next to the assembly.
/// </summary>
public static class ContentPaths
{
    public const string ContentRootKey = "RoleBot:ContentRoot";
    public const string DialogsFolder = "dialogs";

    public static string DialogsRoot(IConfiguration configuration)
    {
        var configured = configuration[ContentRootKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(Path.Combine(configured, DialogsFolder));
        }

        return FindDialogsRoot(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException(
                $"Could not find a '{DialogsFolder}' folder above {AppContext.BaseDirectory}; set {ContentRootKey} to the folder that contains it.");
    }

    public static string? FindDialogsRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DialogsFolder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
