using System.Net.WebSockets;
using RoleBot.Tests.Channels.WebChat.DirectLine.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine.Streams;

public sealed class StreamShutdownTests
{
    [Fact]
    public async Task AnInstanceThatStopsClosesItsStreamsAsGoingAway()
    {
        var app = new EchoDirectLineApp();
        var client = app.CreateDirectLineClient();
        var (_, streamUrl) = await DirectLineStream.StartAsync(client, (await client.PageTokenAsync()).Token);
        await using var stream = await DirectLineStream.ConnectAsync(app, streamUrl);
        await stream.ReadUntilAsync(seen => seen.Length > 0);

        var stopping = app.DisposeAsync();

        Assert.Null(await stream.NextAsync());
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, stream.Socket.CloseStatus);
        await stopping;
    }
}
