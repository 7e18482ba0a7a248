using System.CommandLine;

namespace RoleBot.Hosting.Commands;

/// <summary>What a mistyped command word prints: the word, then every command with its one-line description.</summary>
public static class UnknownCommandMessage
{
    public static string For(string word, RootCommand root)
    {
        var commands = root.Subcommands.Where(c => !c.Hidden).ToList();
        var width = commands.Max(c => c.Name.Length);
        var lines = new List<string> { $"unknown command '{word}'; commands: {string.Join(", ", commands.Select(c => c.Name))}" };
        lines.AddRange(commands.Select(c => $"  {c.Name.PadRight(width)}  {c.Description}"));
        lines.Add($"Without a command (or with only host options such as --urls) {root.HelpName} starts the server; --help shows more.");
        return string.Join(Environment.NewLine, lines);
    }
}
