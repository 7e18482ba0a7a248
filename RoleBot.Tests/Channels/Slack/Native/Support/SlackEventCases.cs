using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoleBot.Tests.Channels.Slack.Native.Support;

/// <summary>Inner events (TestData/events.json): which are answered, in which thread and with what text, and why others are not.</summary>
internal static class SlackEventCases
{
    public static IReadOnlyList<SlackEventCase> All { get; } = JsonSerializer.Deserialize<List<SlackEventCase>>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Channels", "Slack", "Native", "TestData", "events.json")),
        new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    public static SlackEventCase Find(string name) => All.Single(c => c.Name == name);
}

internal sealed record SlackEventCase(string Name, JsonObject Event, bool Answered, string? Thread, string? Text, string? Reason);
