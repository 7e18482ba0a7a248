using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RoleBot.Channels.Slack.Native;
using RoleBot.Tests.Channels.Slack.Native.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Slack.Native;

/// <summary>The Web API client against the loopback Slack: what it sends, and how Slack's refusals surface.</summary>
public sealed class SlackApiClientTests : IAsyncLifetime
{
    private FakeSlack _slack = null!;
    private HttpClient _http = null!;
    private readonly TestMetrics _metrics = new();

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _http = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        _metrics.Dispose();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task PostsJsonWithTheBotTokenAsBearerAndReturnsTheTs()
    {
        var channel = SlackRequests.NewChannel();

        var ts = await Client().PostMessageAsync(new JsonObject { ["channel"] = channel, ["text"] = "hello" }, CancellationToken.None);

        var post = await _slack.WaitForMessageAsync(channel);
        Assert.Equal(post.Ts, ts);
        Assert.Equal("Bearer xoxb-unit", post.Authorization);
        Assert.Equal("application/json; charset=utf-8", post.ContentType);
        Assert.Equal("hello", post.Text);
    }

    [Fact]
    public async Task SurfacesOkFalseWithSlacksErrorCode()
    {
        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            Client().PostMessageAsync(new JsonObject { ["channel"] = SlackRequests.NewChannel("CNOTFOUND"), ["text"] = "x" }, CancellationToken.None));

        Assert.Equal("chat.postMessage", error.Method);
        Assert.Equal("channel_not_found", error.Error);
        Assert.DoesNotContain("xoxb", error.Message);
    }

    [Fact]
    public async Task GivesUpWhenRateLimitedBeyondItsRetries()
    {
        var channel = SlackRequests.NewChannel("CRATELIMIT");

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            Client(retries: 0).PostMessageAsync(new JsonObject { ["channel"] = channel, ["text"] = "x" }, CancellationToken.None));

        Assert.Equal("ratelimited", error.Error);
    }

    [Fact]
    public async Task CountsEachRetryAfterARateLimit()
    {
        var channel = SlackRequests.NewChannel("CRATELIMIT");

        await Client(retries: 1).PostMessageAsync(new JsonObject { ["channel"] = channel, ["text"] = "x" }, CancellationToken.None);

        var retry = Assert.Single(_metrics.Recorder.Of("rolebot.slack.retries"));
        Assert.Equal("chat.postMessage", retry.Tags["method"]);
    }

    [Fact]
    public async Task NeverSendsTheBotTokenToAResponseUrl()
    {
        var url = _slack.NewResponseUrl();

        await Client().PostToResponseUrlAsync(new Uri(url), new JsonObject { ["text"] = "x", ["response_type"] = "ephemeral" }, CancellationToken.None);

        var post = await _slack.WaitForAsync(p => p.Path == new Uri(url).AbsolutePath);
        Assert.Equal("", post.Authorization);
    }

    [Fact]
    public async Task SurfacesAnHttpErrorAsItsStatus()
    {
        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            Client().PostToResponseUrlAsync(new Uri(_slack.BaseUrl + "/status/404"), new JsonObject { ["text"] = "x" }, CancellationToken.None));

        Assert.Equal("http_404", error.Error);
    }

    private SlackApiClient Client(int retries = 3) => new(
        _http,
        Options.Create(new SlackOptions { ApiBaseUrl = new Uri(_slack.BaseUrl + "/api"), BotToken = "xoxb-unit", SigningSecret = "s", MaxRateLimitRetries = retries }),
        TimeProvider.System,
        NullLogger<SlackApiClient>.Instance,
        _metrics.Metrics);
}
