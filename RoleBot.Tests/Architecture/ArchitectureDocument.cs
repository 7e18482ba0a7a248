using System.Text.RegularExpressions;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Architecture;

/// <summary>
/// The dependency rules as ARCHITECTURE.md states them: the rows of the table under "Folders and what each may use",
/// "| `Folder/` | what it holds | `Other`, `Another` | why |"; "every folder" allows all (the composition root).
/// </summary>
internal static partial class ArchitectureDocument
{
    public const string Heading = "## Folders and what each may use";

    public const string EveryFolder = "every folder";

    public static string Path => System.IO.Path.Combine(KnowledgeTestPaths.RepoRoot, "ARCHITECTURE.md");

    public static IReadOnlyDictionary<string, IReadOnlySet<string>> AllowedDependencies()
    {
        var lines = File.ReadAllLines(Path);
        var start = Array.FindIndex(lines, l => l.Trim() == Heading);
        Assert.True(start >= 0, $"{Path} has no '{Heading}' section.");
        var rules = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length < 5 || FolderCell().Match(cells[1]) is not { Success: true } folder)
            {
                continue;
            }

            rules[folder.Groups[1].Value] = cells[3] == EveryFolder
                ? [EveryFolder]
                : Names().Matches(cells[3]).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        }

        Assert.NotEmpty(rules);
        return rules;
    }

    [GeneratedRegex(@"^`(\w+)/`$")]
    private static partial Regex FolderCell();

    [GeneratedRegex(@"`(\w+)`")]
    private static partial Regex Names();
}
