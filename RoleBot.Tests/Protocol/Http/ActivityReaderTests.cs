using System.Text;
using System.Text.Json;
using RoleBot.Protocol;
using RoleBot.Protocol.Http;
using RoleBot.Tests.Protocol.Http.TestData;

namespace RoleBot.Tests.Protocol.Http;

public class ActivityReaderTests
{
    public static TheoryData<string> Cases => ActivityBodyCase.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadsOrRejectsEachBodyWithItsExpectedStatus(string name)
    {
        var testCase = ActivityBodyCase.Get(name);

        var result = ActivityReader.Read(Encoding.UTF8.GetBytes(testCase.Body));

        Assert.Equal(testCase.Status, result.Status);
        Assert.Equal(testCase.Status == 200, result.Succeeded);
        if (!result.Succeeded)
        {
            Assert.False(string.IsNullOrWhiteSpace(result.Problem));
        }
    }

    [Fact]
    public void ProblemNeverEchoesTheOffendingContent()
    {
        var result = ActivityReader.Read(Encoding.UTF8.GetBytes("""{"type":"message","text":{"secret":"xoxb-123"}}"""));

        Assert.Equal(400, result.Status);
        Assert.DoesNotContain("xoxb", result.Problem);
        Assert.Contains("$.text", result.Problem);
    }

    [Fact]
    public void ProblemQuotesASenderChosenMemberNameShortAndOnOneLine()
    {
        var name = JsonSerializer.Serialize($"evil\nWarning RoleBot: forged line{new string('A', 5000)}");
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", ActivityJson.MaxDepth)) + "1" + new string('}', ActivityJson.MaxDepth);
        var body = "{\"type\":\"message\",\"from\":{" + name + ":" + deep + "}}";

        var result = ActivityReader.Read(Encoding.UTF8.GetBytes(body));

        Assert.Equal(400, result.Status);
        Assert.Contains("$.from", result.Problem);
        Assert.DoesNotContain('\n', result.Problem!);
        Assert.True(result.Problem!.Length < 250, result.Problem);
    }

    [Fact]
    public void RejectsJsonNestedDeeperThanTheLimit()
    {
        var body = Nest(ActivityJson.MaxDepth + 1);

        Assert.Equal(400, ActivityReader.Read(Encoding.UTF8.GetBytes(body)).Status);
    }

    [Fact]
    public void AcceptsJsonNestedJustWithinTheLimit()
    {
        var body = Nest(ActivityJson.MaxDepth);

        Assert.True(ActivityReader.Read(Encoding.UTF8.GetBytes(body)).Succeeded);
    }

    [Fact]
    public void ReadsABodyThatStartsWithAUtf8ByteOrderMark()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"type":"event","text":"hi"}""")];

        var result = ActivityReader.Read(body);

        Assert.Equal("hi", result.Activity?.Text);
    }

    [Fact]
    public void RejectsABodyThatIsOnlyAByteOrderMark()
    {
        Assert.Equal(400, ActivityReader.Read([0xEF, 0xBB, 0xBF]).Status);
    }

    [Fact]
    public void RejectsInvalidUtf8HiddenInsideValue()
    {
        var body = Encoding.UTF8.GetBytes("""{"type":"invoke","name":"adaptiveCard/action","value":{"action":{"verb":"__"}}}""");
        var at = Array.IndexOf(body, (byte)'_');
        body[at] = 0xFF;
        body[at + 1] = 0xFE;

        Assert.Equal(400, ActivityReader.Read(body).Status);
    }

    [Fact]
    public void RejectsInvalidUtf8()
    {
        var body = Encoding.UTF8.GetBytes("""{"type":"event","text":"__"}""");
        body[^4] = 0xC3;
        body[^3] = 0x28;

        Assert.Equal(400, ActivityReader.Read(body).Status);
    }

    [Fact]
    public void KeepsUnknownMembersAndRawChannelData()
    {
        var body = """{"type":"message","text":"hi","conversation":{"id":"c","tenantId":"t","x":1},"serviceUrl":"https://smba.trafficmanager.net/amer/","channelData":{"tenant":{"id":"t"}},"futureField":{"a":[1]}}""";

        var activity = ActivityReader.Read(Encoding.UTF8.GetBytes(body)).Activity!;

        Assert.Equal("""{"a":[1]}""", activity.Properties!["futureField"].GetRawText());
        Assert.Equal(1, activity.Conversation!.Properties!["x"].GetInt32());
        Assert.Equal("t", activity.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
        var written = JsonSerializer.Serialize(activity, ActivityJson.Options);
        Assert.Contains("\"futureField\":{\"a\":[1]}", written);
        Assert.DoesNotContain("null", written);
    }

    private static string Nest(int depth)
    {
        var open = string.Concat(Enumerable.Repeat("{\"a\":", depth - 1));
        var close = new string('}', depth - 1);
        return $$"""{"type":"event","channelData":{{open}}1{{close}}}""";
    }
}
