using System.Text.Json.Nodes;
using RoleBot.Hosting.Commands;

namespace RoleBot.Tests.Hosting.Commands.TestData;

/// <summary>One case of TestData/command-lines.json: the arguments RoleBot is started with and where they must go.</summary>
public sealed record CommandLineCase(string Name, string[] Args, CommandLineIntent Intent)
{
    public static TheoryData<string> Names() => [.. Load().Select(c => c.Name)];

    public static IReadOnlyList<CommandLineCase> All() => [.. Load()];

    public static CommandLineCase Get(string name) => Load().Single(c => c.Name == name);

    private static IEnumerable<CommandLineCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Hosting", "Commands", "TestData", "command-lines.json");
        foreach (var node in JsonNode.Parse(File.ReadAllText(path))!.AsArray())
        {
            yield return new CommandLineCase(
                node!["name"]!.GetValue<string>(),
                [.. node["args"]!.AsArray().Select(a => a!.GetValue<string>())],
                Enum.Parse<CommandLineIntent>(node["intent"]!.GetValue<string>()));
        }
    }

    public override string ToString() => Name;
}
