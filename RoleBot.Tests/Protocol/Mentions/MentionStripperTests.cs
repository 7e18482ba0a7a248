using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using RoleBot.Protocol;
using RoleBot.Protocol.Mentions;
using RoleBot.Tests.Support;

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

    // Runs of spaces of any kind become one plain space, whichever way the stripper finds there is nothing to collapse.
    [Fact]
    public void CollapsesSpacesAsOneRegexReplaceWould()
    {
        var random = new Random(5);
        string[] pieces = ["a", "B", "é", "7", "?", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u2028", "\u0085", "\v", "\f"];
        var texts = Enumerable.Range(0, 3000)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 16)).Select(_ => pieces[random.Next(pieces.Length)])))
            .Concat(TestMessages.In("Understanding/TestData"));

        Assert.All(texts, text => Assert.Equal(Reference(text), MentionStripper.Strip(new Activity { Type = ActivityTypes.Message, Text = text })));
    }

    // The stripper as it was written first, for a message that mentions nobody as the bot: decode, untag, collapse, trim.
    private static string Reference(string text)
    {
        var decoded = WebUtility.HtmlDecode(text).Replace('\u00a0', ' ');
        var untagged = Regex.Replace(decoded, @"<at(?:\s[^>]*)?>\s*@?(?<name>.*?)</at>", m => m.Groups["name"].Value.Trim(), RegexOptions.IgnoreCase | RegexOptions.Singleline);
        return Regex.Replace(untagged, @"\s+", " ").Trim();
    }

    private static List<T> Load<T>() =>
        JsonSerializer.Deserialize<List<T>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Protocol", "Mentions", "TestData", "mentions.json")),
            JsonSerializerOptions.Web)!;

    public sealed record MentionCase(string Name, string Text, List<JsonElement> Entities, string Expected);
}
