using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Protocol;
using RoleBot.Protocol.Http;
using RoleBot.Tests.Protocol.Http.TestData;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Protocol.Http;

public class MessagesEndpointTests(EchoBotApp factory) : IClassFixture<EchoBotApp>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Cases => ActivityBodyCase.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AnswersEachBodyWithItsExpectedStatus(string name)
    {
        var testCase = ActivityBodyCase.Get(name);

        using var response = await _client.PostAsync("/api/messages", ActivityBodies.Json(testCase.Body));

        Assert.Equal(testCase.Status, (int)response.StatusCode);
        if (testCase.Status == 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task RejectsABodyOverTheLimitWith413()
    {
        var activity = ActivityBodies.Message(new string('x', 300 * 1024)).ExpectReplies();

        using var response = await _client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task RejectsAChunkedBodyOverTheLimitWith413()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(ActivityBodies.Message(new string('x', 300 * 1024)).ToJsonString());
        var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new("application/json");

        using var response = await _client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task AnswersOtherMethodsWith405AndAllowPost(string method)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/messages"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task ReadsTheBodyWhateverTheContentTypeAsTheSdkDoes()
    {
        var body = ActivityBodies.Message("hi").ExpectReplies().ToJsonString();

        using var response = await _client.PostAsync("/api/messages", ActivityBodies.Json(body, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task RejectsAMalformedBodyWith400WhateverTheContentType(string contentType)
    {
        using var response = await _client.PostAsync("/api/messages", ActivityBodies.Json("type=message&text=hi", contentType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    [InlineData("Application/JSON")]
    public async Task AcceptsJsonContentTypesAsTheEmulatorAndPlaygroundSendThem(string contentType)
    {
        var body = ActivityBodies.Message("hi").ExpectReplies().ToJsonString();

        using var response = await _client.PostAsync("/api/messages", ActivityBodies.Json(body, contentType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AcknowledgesAnUnknownActivityTypeAndStillShowsItToTheBot()
    {
        var id = Guid.NewGuid().ToString();
        var activity = new JsonObject { ["type"] = "somethingNew", ["id"] = id, ["conversation"] = new JsonObject { ["id"] = "c" } };

        using var response = await _client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("somethingNew", (await factory.Recorder.WaitForAsync(a => a.Id == id)).Type);
    }

    [Fact]
    public async Task ExpectRepliesReturnsEverythingTheTurnSentInOrder()
    {
        var activity = ActivityBodies.Message("twice").ExpectReplies();

        var replies = await PostExpectingRepliesAsync(activity);

        Assert.Equal(["first", "second"], replies.Select(r => r.Text));
        Assert.All(replies, r =>
        {
            Assert.Equal("bot-1", r.From!.Id);
            Assert.Equal("user-1", r.Recipient!.Id);
            Assert.Equal(activity["conversation"]!["id"]!.GetValue<string>(), r.Conversation!.Id);
            Assert.Equal(activity["id"]!.GetValue<string>(), r.ReplyToId);
            Assert.Equal("emulator", r.ChannelId);
            Assert.Null(r.Id);
        });
    }

    [Fact]
    public async Task ValueOnlyMessageFromACardReachesTheBot()
    {
        var activity = ActivityBodies.Message(null).ExpectReplies();
        activity["value"] = new JsonObject { ["action"] = "compare", ["roles"] = new JsonArray("gm", "vp") };

        var replies = await PostExpectingRepliesAsync(activity);

        Assert.Equal("""value {"action":"compare","roles":["gm","vp"]} #1""", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task StateIsKeptAcrossTurnsAndClearedAfterAFailure()
    {
        var conversationId = $"{Guid.NewGuid()}|livechat";
        async Task<string[]> Say(string text) =>
            [.. (await PostExpectingRepliesAsync(ActivityBodies.Message(text, conversationId: conversationId).ExpectReplies())).Select(r => r.Text ?? "")];

        Assert.Equal(["echo one #1"], await Say("one"));
        Assert.Equal(["echo two #2"], await Say("two"));
        Assert.Equal(["Sorry, something went wrong on my side. Please try again."], await Say("boom"));
        Assert.Equal(["echo three #1"], await Say("three"));
    }

    [Fact]
    public async Task RepeatedExpectRepliesActivityGetsTheSameAnswerWithoutRunningAgain()
    {
        var activity = ActivityBodies.Message("once").ExpectReplies();

        var first = await PostExpectingRepliesAsync(activity);
        var repeat = await PostExpectingRepliesAsync(activity);

        Assert.Equal("echo once #1", Assert.Single(first).Text);
        Assert.Equal("echo once #1", Assert.Single(repeat).Text);
        Assert.Equal(1, factory.Recorder.CountWhere(a => a.Id == activity["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task InvokeAnswersWithTheBotsStatusAndBodyWithoutAWrapper()
    {
        using var ok = await _client.PostActivityAsync(ActivityBodies.Invoke("test/ok"));
        using var teapot = await _client.PostActivityAsync(ActivityBodies.Invoke("test/teapot"));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("""{"statusCode":200,"value":"done"}""", await ok.Content.ReadAsStringAsync());
        Assert.Equal(418, (int)teapot.StatusCode);
        Assert.Equal("""{"reason":"teapot"}""", await teapot.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task InvokeResponseWithoutBodyAnswersTheStatusAlone()
    {
        using var response = await _client.PostActivityAsync(ActivityBodies.Invoke("test/empty"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task UnhandledInvokeAnswers501()
    {
        using var response = await _client.PostActivityAsync(ActivityBodies.Invoke("composeExtension/unknown"));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task FailingInvokeAnswers500WithAnError()
    {
        using var response = await _client.PostActivityAsync(ActivityBodies.Invoke("test/boom"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("BotError", body.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AuthorizationHeaderWithoutAppIdIsRejectedWith401AndNotProcessed()
    {
        var activity = ActivityBodies.Message("hi").ExpectReplies();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = ActivityBodies.Json(activity.ToJsonString()) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, factory.Recorder.CountWhere(a => a.Id == activity["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task HealthEndpointStillAnswers()
    {
        using var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<List<Activity>> PostExpectingRepliesAsync(JsonNode activity)
    {
        using var response = await _client.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonSerializer.Deserialize<ExpectedReplies>(await response.Content.ReadAsStringAsync(), ActivityJson.Options)!;
        return [.. body.Activities];
    }
}
