using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using RoleBot.Tests.Channels.WebChat.DirectLine.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine.Streams;

/// <summary>The WebSocket stream as DirectLineJS uses it (webSocket: true), with the in-memory store and its in-process wake-up.</summary>
public sealed class StreamEndpointTests(EchoDirectLineApp app) : IClassFixture<EchoDirectLineApp>
{
    private readonly DirectLineTestClient _client = app.CreateDirectLineClient();

    [Fact]
    public async Task StreamDeliversTheWelcomeThenEachReplyInOrderWithRisingWatermarks()
    {
        var (ticket, streamUrl) = await DirectLineStream.StartAsync(_client, (await _client.PageTokenAsync()).Token);
        await using var stream = await DirectLineStream.ConnectAsync(app, streamUrl);

        var (welcome, _) = await stream.ReadUntilAsync(seen => seen.Length >= 1);
        Assert.Equal("welcome", welcome[0].Str("text"));

        var first = await _client.SendMessageAsync(ticket, WebChatActivities.Message("one"));
        var second = await _client.SendMessageAsync(ticket, WebChatActivities.Message("two"));
        var (activities, watermarks) = await stream.ReadUntilAsync(seen => seen.Count(a => a.Role() == "bot") >= 2);

        Assert.Equal([first, "echo one #1", second, "echo two #2"], activities.Select(a => a.Role() == "bot" ? a.Str("text") : a.Str("id")));
        Assert.Equal(first, activities[1].Str("replyToId"));
        var sequences = activities.Select(a => long.Parse(a.Str("id")!.Split('|')[1], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal([2L, 3L, 4L, 5L], sequences);
        Assert.Equal(watermarks.Order(StringComparer.Ordinal), watermarks);
        Assert.Equal("5", watermarks[^1]);
    }

    [Fact]
    public async Task ReconnectGivesAFreshStreamUrlThatResumesAfterTheWatermark()
    {
        var (ticket, _) = await DirectLineStream.StartAsync(_client, (await _client.PageTokenAsync()).Token);
        await _client.SendMessageAsync(ticket, WebChatActivities.Message("before"));
        var seen = await _client.PollUntilAsync(ticket, "", all => all.Any(a => a.Str("text") == "echo before #1"));

        var (_, resumed) = await DirectLineStream.StartAsync(_client, ticket.Token, $"/conversations/{ticket.ConversationId}?watermark={seen.Length}", HttpMethod.Get);
        await using var stream = await DirectLineStream.ConnectAsync(app, resumed);
        await _client.SendMessageAsync(ticket, WebChatActivities.Message("after"));
        var (activities, _) = await stream.ReadUntilAsync(all => all.Any(a => a.Role() == "bot"));

        Assert.Equal("after", activities[0].Str("text"));
        Assert.Equal("echo after #2", activities[1].Str("text"));
        Assert.StartsWith("ws://localhost/v3/directline/conversations/", resumed);
        Assert.Contains($"watermark={seen.Length}&t=", resumed);
    }

    [Fact]
    public async Task StreamIsRefusedBeforeTheUpgradeWithoutAValidStreamTokenForThisConversation()
    {
        var (ticket, streamUrl) = await DirectLineStream.StartAsync(_client, (await _client.PageTokenAsync()).Token);
        var (_, otherUrl) = await DirectLineStream.StartAsync(_client, (await _client.PageTokenAsync()).Token);
        var path = $"ws://localhost/v3/directline/conversations/{ticket.ConversationId}/stream";
        var otherToken = otherUrl[(otherUrl.IndexOf("t=", StringComparison.Ordinal) + 2)..];

        Assert.Equal(HttpStatusCode.Unauthorized, await DirectLineStream.RefusalAsync(app, path));
        Assert.Equal(HttpStatusCode.Forbidden, await DirectLineStream.RefusalAsync(app, $"{path}?t=not.a.token"));
        Assert.Equal(HttpStatusCode.Forbidden, await DirectLineStream.RefusalAsync(app, $"{path}?t={otherToken}"));
        // The conversation's bearer token is not a stream token, and a stream token (it sits in a URL) is nothing else.
        Assert.Equal(HttpStatusCode.Forbidden, await DirectLineStream.RefusalAsync(app, $"{path}?t={ticket.Token}"));
        var streamToken = Uri.UnescapeDataString(streamUrl[(streamUrl.IndexOf("t=", StringComparison.Ordinal) + 2)..]);
        using var poll = await _client.SendAsync(HttpMethod.Get, $"{DirectLineTestClient.Base}/conversations/{ticket.ConversationId}/activities", streamToken);
        Assert.Equal(HttpStatusCode.Forbidden, poll.StatusCode);
    }

    [Fact]
    public async Task AStreamBeyondTheConversationsCapClosesTheOldestAsACollision()
    {
        var (ticket, streamUrl) = await DirectLineStream.StartAsync(_client, (await _client.PageTokenAsync()).Token);
        await using var oldest = await DirectLineStream.ConnectAsync(app, streamUrl);
        await oldest.ReadUntilAsync(seen => seen.Length >= 1);
        var (_, second) = await DirectLineStream.StartAsync(_client, ticket.Token, $"/conversations/{ticket.ConversationId}", HttpMethod.Get);
        await using var middle = await DirectLineStream.ConnectAsync(app, second);
        var (_, third) = await DirectLineStream.StartAsync(_client, ticket.Token, $"/conversations/{ticket.ConversationId}", HttpMethod.Get);
        await using var newest = await DirectLineStream.ConnectAsync(app, third);

        Assert.Null(await oldest.NextAsync());
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, oldest.Socket.CloseStatus);
        Assert.Equal("collision", oldest.Socket.CloseStatusDescription);
        await _client.SendMessageAsync(ticket, WebChatActivities.Message("still here"));
        Assert.Contains((await newest.ReadUntilAsync(Replied)).Activities, a => a.Str("text") == "echo still here #1");
        Assert.Contains((await middle.ReadUntilAsync(Replied)).Activities, a => a.Str("text") == "echo still here #1");
    }

    [Fact]
    public async Task PlainHttpToTheStreamIsA400()
    {
        var (ticket, _) = await DirectLineStream.StartAsync(_client, (await _client.PageTokenAsync()).Token);

        using var response = await _client.SendAsync(HttpMethod.Get, $"{DirectLineTestClient.Base}/conversations/{ticket.ConversationId}/stream", ticket.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static bool Replied(JsonElement[] seen) => seen.Any(a => a.Str("text") == "echo still here #1");
}
