using System.Net;
using System.Text.Json.Nodes;
using RoleBot.Tests.Auth.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Auth;

/// <summary>POST /api/messages on the real app with an app id configured.</summary>
public sealed class MessagesEndpointAuthTests(AuthenticatedApp factory) : IClassFixture<AuthenticatedApp>
{
    [Fact]
    public async Task AcceptsChannelTokenAndRepliesWithTheBotsBearerToken()
    {
        var activity = Teams("hello from teams");
        var token = TestTokens.Sign(factory.Keys.ChannelKey.SecurityKey, TestTokens.ChannelClaims(factory.Connector.ServiceUrl));

        using var response = await PostAsync(activity, $"Bearer {token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await factory.Connector.WaitForAsync("echo hello from teams");
        Assert.StartsWith("Bearer issued-access-token-", reply.Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptsEmulatorTokenAndRepliesWithoutAToken()
    {
        var activity = Teams("hello from the emulator");
        activity["channelId"] = "emulator";
        var token = TestTokens.Sign(factory.Keys.EmulatorKey.SecurityKey, TestTokens.EmulatorClaims("1.0", TestTokens.EmulatorV1Issuer));

        using var response = await PostAsync(activity, $"Bearer {token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await factory.Connector.WaitForAsync("echo hello from the emulator");
        Assert.Null(reply.Authorization);
    }

    [Fact]
    public async Task RejectsMissingToken() => await AssertRejectedAsync(null);

    [Fact]
    public async Task RejectsTokenForAnotherServiceUrl() =>
        await AssertRejectedAsync(Sign(TestTokens.ChannelClaims("https://smba.trafficmanager.net/amer/")));

    [Fact]
    public async Task RejectsTokenForAnotherBot()
    {
        var claims = TestTokens.ChannelClaims(factory.Connector.ServiceUrl);
        claims["aud"] = "22222222-2222-2222-2222-222222222222";

        await AssertRejectedAsync(Sign(claims));
    }

    [Fact]
    public async Task RejectsTokenSignedByAnUnpublishedKey()
    {
        var stranger = new TestKey(factory.Keys.ChannelKey.Kid, ["msteams"]);

        await AssertRejectedAsync($"Bearer {TestTokens.Sign(stranger.SecurityKey, TestTokens.ChannelClaims(factory.Connector.ServiceUrl))}");
    }

    [Fact]
    public async Task RejectsLowerCaseScheme() =>
        await AssertRejectedAsync(Sign(TestTokens.ChannelClaims(factory.Connector.ServiceUrl)).Replace("Bearer", "bearer", StringComparison.Ordinal));

    private string Sign(Dictionary<string, object> claims) => $"Bearer {TestTokens.Sign(factory.Keys.ChannelKey.SecurityKey, claims)}";

    // expectReplies runs the turn inline, so an accepted request would be recorded before the response returns.
    private async Task AssertRejectedAsync(string? authorization)
    {
        var activity = Teams("must not be processed").ExpectReplies();

        using var response = await PostAsync(activity, authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, factory.Recorder.CountWhere(a => a.Id == activity["id"]!.GetValue<string>()));
    }

    private JsonObject Teams(string text)
    {
        var activity = ActivityBodies.Message(text, factory.Connector.ServiceUrl);
        activity["channelId"] = "msteams";
        return activity;
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = ActivityBodies.Json(activity.ToJsonString()) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await factory.CreateClient().SendAsync(request);
    }
}
