using System.Text.Json;
using RoleBot.Cards.Actions;

namespace RoleBot.Tests.Cards.Actions;

public class CardPayloadParserTests
{
    public static TheoryData<string> Cases => [.. Load().Select(c => c.GetProperty("name").GetString()!)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void AcceptsOrRejectsWithReason(string name)
    {
        var testCase = Load().Single(c => c.GetProperty("name").GetString() == name);

        var result = CardPayloadParser.Parse(testCase.GetProperty("payload"));

        Assert.Equal(testCase.GetProperty("valid").GetBoolean(), result.IsValid);
        if (testCase.TryGetProperty("reason", out var reason))
        {
            Assert.Equal(reason.GetString(), result.Rejection);
        }
    }

    [Fact]
    public void RoundTripsEveryPayloadItWrites()
    {
        CardPayload[] payloads =
        [
            CardPayload.Ask("What does a CEO do?"), CardPayload.Describe("ceo"), CardPayload.Career("ceo"), CardPayload.Compare("ceo"),
            CardPayload.Compare("ceo", "cfo"), CardPayload.Rank("ceo", "cfo"), CardPayload.Choose("ceo"), CardPayload.ShowFaq("top"), CardPayload.Help(),
        ];

        Assert.All(payloads, p => Assert.Equal(p, CardPayloadParser.Parse(p.ToJsonString()).Payload));
    }

    [Fact]
    public void RejectsRolesTheCallerDoesNotKnow()
    {
        var result = CardPayloadParser.Parse(CardPayload.Rank("ceo", "wizard").ToJsonString(), roleExists: id => id == "ceo");

        Assert.Equal("unknown role", result.Rejection);
    }

    [Fact]
    public void RejectsFaqsTheCallerDoesNotKnow()
    {
        var result = CardPayloadParser.Parse(CardPayload.ShowFaq("nope").ToJsonString(), faqExists: _ => false);

        Assert.Equal("unknown faq", result.Rejection);
    }

    [Fact]
    public void RejectsTextThatIsNotJson()
    {
        Assert.Equal("payload is not valid JSON", CardPayloadParser.Parse("{rolebot:").Rejection);
    }

    [Fact]
    public void RecognisesOnlyObjectsThatClaimToBeRoleBotPayloads()
    {
        using var ours = JsonDocument.Parse("""{"rolebot":"v0"}""");
        using var theirs = JsonDocument.Parse("""{"action":"x"}""");

        Assert.True(CardPayloadParser.LooksLikePayload(ours.RootElement));
        Assert.False(CardPayloadParser.LooksLikePayload(theirs.RootElement));
        Assert.False(CardPayloadParser.LooksLikePayload(null));
    }

    private static List<JsonElement> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Cards", "Actions", "TestData", "payloads.json");
        return [.. JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateArray()];
    }
}
