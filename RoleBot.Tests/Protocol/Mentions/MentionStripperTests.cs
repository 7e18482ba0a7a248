using System.Text.Json;
using RoleBot.Protocol;
using RoleBot.Protocol.Mentions;

namespace RoleBot.Tests.Protocol.Mentions;

public class MentionStripperTests
{
    public static TheoryData<string> Cases => [.. Load<MentionCase>().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void StripsOnlyTheBotsOwnMention(string name)
    {
        var @case = Load<MentionCase>().Single(c => c.Name == name);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = @case.Text,
            Recipient = new ChannelAccount { Id = "28:bot", Name = "RoleBot" },
            Entities = [.. @case.Entities],
        };

        Assert.Equal(@case.Expected, MentionStripper.Strip(activity));
    }

    [Fact]
    public void WithoutARecipientNothingCountsAsTheBot()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "<at>RoleBot</at> help" };

        Assert.Equal("RoleBot help", MentionStripper.Strip(activity));
    }

    private static List<T> Load<T>() =>
        JsonSerializer.Deserialize<List<T>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Protocol", "Mentions", "TestData", "mentions.json")),
            JsonSerializerOptions.Web)!;

    public sealed record MentionCase(string Name, string Text, List<JsonElement> Entities, string Expected);
}
