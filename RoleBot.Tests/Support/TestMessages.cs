using System.Text.Json.Nodes;

namespace RoleBot.Tests.Support;

/// <summary>The user messages of the labelled test sets: every "text" (and "user" turn) of the JSON files under some TestData folders.</summary>
public static class TestMessages
{
    /// <param name="folders">TestData folders relative to the test output, e.g. "Understanding/TestData".</param>
    public static IReadOnlyList<string> In(params string[] folders) =>
        [.. folders.Select(f => Path.Combine(AppContext.BaseDirectory, f))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories))
            .SelectMany(f => Texts(JsonNode.Parse(File.ReadAllText(f))))
            .Distinct(StringComparer.Ordinal)];

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonArray array => array.SelectMany(Texts),
        JsonObject obj => obj.SelectMany(p => p.Key is "text" or "user" && p.Value is JsonValue value && value.TryGetValue<string>(out var text) ? [text] : Texts(p.Value)),
        _ => [],
    };
}
