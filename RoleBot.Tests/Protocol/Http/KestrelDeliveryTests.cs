using System.Net;
using System.Text.Json.Nodes;
using RoleBot.Protocol.Turns;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Protocol.Http;

public class KestrelDeliveryTests(KestrelFixture fixture) : IClassFixture<KestrelFixture>
{
    private FakeConnector Connector => fixture.Connector;

    [Fact]
    public async Task TeamsReplyReachesTheConnectorAtTheEscapedUrlWithReplyAddressing()
    {
        var conversationId = $"19:{Guid.NewGuid():N}@thread.tacv2;messageid=1718";
        var activity = ActivityBodies.Message("hello", serviceUrl: Connector.BaseUrl + "/", conversationId: conversationId, id: "1718|1");
        activity["channelId"] = "msteams";
        activity["from"] = new JsonObject { ["id"] = "29:user", ["name"] = "Megan" };
        activity["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "RoleBot" };

        using var response = await fixture.Client.PostActivityAsync(activity);
        var request = await Connector.WaitForAsync(r => r.RawTarget.Contains(Uri.EscapeDataString(conversationId)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/1718%7C1", request.RawTarget);
        Assert.Contains("%3A", request.RawTarget);
        Assert.Contains("%40", request.RawTarget);
        Assert.Contains("%3B", request.RawTarget);
        Assert.Null(request.Authorization);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        var reply = request.Json;
        Assert.Equal("message", reply.GetProperty("type").GetString());
        Assert.Equal("echo hello #1", reply.GetProperty("text").GetString());
        Assert.Equal("28:bot", reply.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("29:user", reply.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal(conversationId, reply.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("1718|1", reply.GetProperty("replyToId").GetString());
        Assert.Equal("msteams", reply.GetProperty("channelId").GetString());
        Assert.Equal("en-US", reply.GetProperty("locale").GetString());
        Assert.False(reply.TryGetProperty("id", out _));
    }

    [Fact]
    public async Task InlineAnswerGoesWithItsLengthNotInChunks()
    {
        var activity = ActivityBodies.Message("hello", serviceUrl: Connector.BaseUrl + "/", conversationId: Guid.NewGuid().ToString());
        activity["deliveryMode"] = "expectReplies";

        using var response = await fixture.Client.PostActivityAsync(activity);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("echo hello", System.Text.Encoding.UTF8.GetString(body));
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
    }

    [Fact]
    public async Task EmulatorReplyEscapesThePipeWhenTheServiceUrlHasNoTrailingSlash()
    {
        var conversationId = $"{Guid.NewGuid()}|livechat";
        var activity = ActivityBodies.Message("hi", serviceUrl: Connector.BaseUrl, conversationId: conversationId);

        await fixture.Client.PostActivityAsync(activity);
        var request = await Connector.WaitForAsync(r => r.RawTarget.Contains(Uri.EscapeDataString(conversationId)));

        Assert.StartsWith($"/v3/conversations/{conversationId.Replace("|", "%7C")}/activities/", request.RawTarget);
    }

    [Fact]
    public async Task WebChatWelcomeIsPostedWithoutReplyToId()
    {
        var conversationId = Guid.NewGuid().ToString();
        var activity = ActivityBodies.Message(null, serviceUrl: Connector.BaseUrl, conversationId: conversationId);
        activity["type"] = "conversationUpdate";
        activity["channelId"] = "webchat";
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-1" }, new JsonObject { ["id"] = "bot-1" });

        await fixture.Client.PostActivityAsync(activity);
        var request = await Connector.WaitForAsync(r => r.RawTarget.Contains(conversationId));

        Assert.Equal($"/v3/conversations/{conversationId}/activities", request.RawTarget);
        Assert.Equal("welcome", request.Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task EmptyAcceptedAnswerFromTheChannelCountsAsSuccess()
    {
        var conversationId = $"status-202-{Guid.NewGuid()}";
        var activity = ActivityBodies.Message("twice", serviceUrl: Connector.BaseUrl, conversationId: conversationId);

        await fixture.Client.PostActivityAsync(activity);
        var second = await Connector.WaitForAsync(r => r.RawTarget.Contains(conversationId) && r.Json.GetProperty("text").GetString() == "second");

        Assert.NotNull(second);
        Assert.DoesNotContain(Connector.RequestsWhere(r => r.RawTarget.Contains(conversationId)), r => r.Body.Contains(TurnErrorHandler.Apology));
    }

    [Fact]
    public async Task ChannelFailureLeadsToAnApologyAttempt()
    {
        var conversationId = $"status-500-{Guid.NewGuid()}";

        await fixture.Client.PostActivityAsync(ActivityBodies.Message("hi", serviceUrl: Connector.BaseUrl, conversationId: conversationId));
        var apology = await Connector.WaitForAsync(r => r.RawTarget.Contains(conversationId) && r.Body.Contains(TurnErrorHandler.Apology));

        Assert.Equal(2, Connector.RequestsWhere(r => r.RawTarget.Contains(conversationId)).Count);
        Assert.Equal("message", apology.Json.GetProperty("type").GetString());
    }

    [Fact]
    public async Task ReSentMessageIsAcknowledgedButAnsweredOnlyOnce()
    {
        var conversationId = Guid.NewGuid().ToString();
        var message = ActivityBodies.Message("again", serviceUrl: Connector.BaseUrl, conversationId: conversationId);
        var followUp = ActivityBodies.Message("after", serviceUrl: Connector.BaseUrl, conversationId: conversationId);

        using var first = await fixture.Client.PostActivityAsync(message);
        using var repeat = await fixture.Client.PostActivityAsync(message);
        await fixture.Client.PostActivityAsync(followUp);
        // Turns of one conversation run in order, so once "after" is answered a second "again" would already be visible.
        await Connector.WaitForAsync(r => r.RawTarget.Contains(conversationId) && r.Body.Contains("echo after"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        var texts = Connector.RequestsWhere(r => r.RawTarget.Contains(conversationId)).Select(r => r.Json.GetProperty("text").GetString());
        Assert.Equal(["echo again #1", "echo after #2"], texts);
    }

    [Fact]
    public async Task ExpectRepliesTurnNeverCallsTheConnector()
    {
        var conversationId = Guid.NewGuid().ToString();
        var inline = ActivityBodies.Message("inline", serviceUrl: Connector.BaseUrl, conversationId: conversationId).ExpectReplies();

        using var response = await fixture.Client.PostActivityAsync(inline);
        await fixture.Client.PostActivityAsync(ActivityBodies.Message("queued", serviceUrl: Connector.BaseUrl, conversationId: conversationId));
        await Connector.WaitForAsync(r => r.RawTarget.Contains(conversationId));

        Assert.Contains("echo inline #1", await response.Content.ReadAsStringAsync());
        Assert.Equal(["echo queued #2"], Connector.RequestsWhere(r => r.RawTarget.Contains(conversationId)).Select(r => r.Json.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimitIsRejectedWith413()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(ActivityBodies.Message(new string('x', 300 * 1024)).ToJsonString());
        var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task MalformedBodyIsRejectedWith400OverKestrel()
    {
        using var response = await fixture.Client.PostAsync("/api/messages", ActivityBodies.Json("""{"type":"message","from":"x"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GetIsRejectedWith405OverKestrel()
    {
        using var response = await fixture.Client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }
}
