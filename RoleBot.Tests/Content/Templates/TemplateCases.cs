using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoleBot.Tests.Content.Templates;

/// <summary>The cases in TestData/templates.json: rendering (render) and load-time checks (load).</summary>
internal static class TemplateCases
{
    private static readonly JsonNode Root = JsonNode.Parse(File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "Content", "Templates", "TestData", "templates.json")))!;

    public static TheoryData<string> Names(string section) => [.. Root[section]!.AsArray().Select(c => (string)c!["name"]!)];

    public static JsonNode Case(string section, string name) => Root[section]!.AsArray().Single(c => (string)c!["name"]! == name)!;

    public static (string Name, string Value)[] Values(JsonNode c) =>
        [.. (c["values"]?.AsObject() ?? []).Select(p => (p.Key, (string)p.Value!))];

    public static string[] Strings(JsonNode? array) => array?.Deserialize<string[]>() ?? [];
}
