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
        // The line that quotes them is Debug, which the shipped log levels leave out: this app logs everything.
        await using var app = new RoleBotAppFactory(new RoleBotAppOptions { EchoBot = true, LogEverything = true });
        var activity = ActivityBodies.Message("hi");
        activity["type"] = $"forged-type\r\nWarning RoleBot: forged line\u2028{Filler}";
        activity["channelId"] = $"forged-channel\n{Filler}";

        using var response = await app.CreateClient().PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await app.Logs.WaitForAsync(l => l.Contains("forged-type", StringComparison.Ordinal) && l.Contains("answered", StringComparison.Ordinal));
        AssertShortSingleLines(app.Logs, "forged-type");
    }

    [Fact]
    public async Task ATurnThatWentWellWritesNoLineAtTheShippedLevels()
    {
        // The line is written before the response is, so it would be there by now.
        using var response = await factory.CreateClient().PostActivityAsync(ActivityBodies.Message("went-well-marker"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Category.EndsWith("MessagesEndpoint", StringComparison.Ordinal) && e.Message.Contains("answered", StringComparison.Ordinal));
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
        AssertShortSingleLines(factory.Logs, "forged-url");
    }

    private static void AssertShortSingleLines(LogSink logs, string marker)
    {
        var lines = logs.Lines.Where(l => l.Contains(marker, StringComparison.Ordinal)).ToList();
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
