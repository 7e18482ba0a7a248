using System.Text.Json;
using RoleBot.Channels.Slack;

namespace RoleBot.Tests.Channels.Slack;

public sealed class SlackInboundTextTests
{
    public static TheoryData<string> Cases() => [.. Load().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void NormalizesSlackMessageTextToWhatTheUserTyped(string name)
    {
        var c = Load().Single(x => x.Name == name);
        Assert.Equal(c.Expected, SlackInboundText.Normalize(c.Text, c.Bot));
    }

    private sealed record Case(string Name, string Text, string? Bot, string Expected);

    private static IReadOnlyList<Case> Load() =>
        JsonSerializer.Deserialize<List<Case>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Channels", "Slack", "TestData", "inbound-text.json")),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
}
