using System.Net;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Protocol.Http;

/// <summary>
/// Without an app id anyone can post, so the activity's type, channelId and serviceUrl are sender text: the lines
/// that quote them must stay single, short lines whatever is sent.
/// </summary>
public sealed class SenderValueLoggingTests(EchoBotApp factory) : IClassFixture<EchoBotApp>
{
    private const int LogValueLimit = 120;

    private static readonly string Filler = new('A', 10 * 1024);

    [Fact]
    public async Task ForgedTypeAndChannelIdStayOnOneShortLine()
    {
        var activity = ActivityBodies.Message("hi");
        activity["type"] = $"forged-type\r\nWarning RoleBot: forged line\u2028{Filler}";
        activity["channelId"] = $"forged-channel\n{Filler}";

        using var response = await factory.CreateClient().PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await factory.Logs.WaitForAsync(l => l.Contains("forged-type", StringComparison.Ordinal) && l.Contains("answered", StringComparison.Ordinal));
        AssertShortSingleLines("forged-type");
    }

    [Fact]
    public async Task AnAnonymousServiceUrlThatIsRefusedIsQuotedShort()
    {
        var activity = ActivityBodies.Message("hello", serviceUrl: $"https://forged-url.example/{Filler}/");

        using var response = await factory.CreateClient().PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await factory.Logs.WaitForAsync(l => l.Contains("Refused to reply anonymously", StringComparison.Ordinal) && l.Contains("forged-url", StringComparison.Ordinal));
        // The reply and then the apology are refused; the refusal is in the failed turn's exception and the apology's line.
        await factory.Logs.WaitForAsync(l => l.Contains("Could not send the apology", StringComparison.Ordinal) && l.Contains("forged-url", StringComparison.Ordinal));
        AssertShortSingleLines("forged-url");
    }

    private void AssertShortSingleLines(string marker)
    {
        var lines = factory.Logs.Lines.Where(l => l.Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.DoesNotContain(new string('A', LogValueLimit + 1), line, StringComparison.Ordinal));
        // A logged exception brings its stack trace on lines of its own; every message stays one line.
        Assert.All(lines.Where(l => !l.StartsWith("Error", StringComparison.Ordinal)), line =>
        {
            Assert.DoesNotContain(line, c => c is '\n' or '\r' or '\u2028' or '\u2029');
            Assert.True(line.Length < 600, $"{line.Length} characters");
        });
    }
}
