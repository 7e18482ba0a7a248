using System.Net.Http.Headers;
using System.Text;
using RoleBot.Tests.Protocol.Http.TestData;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Protocol.Http;

/// <summary>
/// Pins the exact bytes /api/messages answers a few expectReplies questions with (cards, Block Kit, plain text), so a
/// change made for speed (serializer, caching, pooling) cannot change a reply unnoticed. A change to content or
/// wording that is meant changes these files too: re-record them with
/// <c>ROLEBOT_RECORD_REPLY_BYTES=1 dotnet test RoleBot.Tests --filter FullyQualifiedName~ReplyBytesTests</c> and read the diff.
/// </summary>
public sealed class ReplyBytesTests(DefaultApp app) : IClassFixture<DefaultApp>
{
    public static TheoryData<string> Cases => ReplyBytesCase.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AnswersWithTheRecordedBytes(string name)
    {
        var testCase = ReplyBytesCase.Get(name);
        using var content = new ByteArrayContent(testCase.Request());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await app.Start().PostAsync("/api/messages", content);

        Assert.Equal(200, (int)response.StatusCode);
        var actual = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        if (Environment.GetEnvironmentVariable("ROLEBOT_RECORD_REPLY_BYTES") == "1")
        {
            await File.WriteAllTextAsync(testCase.SourcePath, actual + "\n");
            return;
        }

        var expected = File.ReadAllText(testCase.ExpectedPath, Encoding.UTF8).TrimEnd('\n');
        Assert.Equal(expected, actual);
    }
}
