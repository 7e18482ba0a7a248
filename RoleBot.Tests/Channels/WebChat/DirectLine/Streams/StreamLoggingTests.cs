using RoleBot.Tests.Channels.WebChat.DirectLine.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine.Streams;

public sealed class StreamLoggingTests
{
    [Fact]
    public async Task AStreamLogsItsOpeningAndClosingButNeverItsTokenOrConversationId()
    {
        await using var app = new EchoDirectLineApp();
        var client = app.CreateDirectLineClient();
        var (ticket, streamUrl) = await DirectLineStream.StartAsync(client, (await client.PageTokenAsync()).Token);
        await using (var stream = await DirectLineStream.ConnectAsync(app, streamUrl))
        {
            await stream.ReadUntilAsync(seen => seen.Length > 0);
        }

        await app.Logs.WaitForAsync(l => l.Contains("Direct Line stream of conversation", StringComparison.Ordinal) && l.Contains("closed by the client", StringComparison.Ordinal));
        var streamToken = Uri.UnescapeDataString(streamUrl.Split("t=")[1]);
        Assert.Contains(app.Logs.Lines, l => l.Contains("Direct Line stream opened", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(streamToken.Split('.')[2], StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines.Where(l => l.Contains("Direct Line", StringComparison.Ordinal)), l => l.Contains(ticket.ConversationId, StringComparison.Ordinal));
    }
}
