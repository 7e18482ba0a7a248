using System.Net;
using RoleBot.Tests.Channels.Slack.Native.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Slack.Native;

/// <summary>Without a signing secret and a bot token the native Slack endpoints do not exist, and startup says so once.</summary>
public sealed class SlackDisabledTests
{
    [Theory]
    [InlineData("/api/slack/events")]
    [InlineData("/api/slack/commands")]
    [InlineData("/api/slack/interactivity")]
    public async Task EndpointsAreNotFoundWhenSlackIsNotConfigured(string path)
    {
        await using var app = new RoleBotAppFactory(SlackApp.With(apiBaseUrl: null, configured: false));
        using var client = app.CreateClient();

        using var response = await client.SendAsync(SlackRequests.Signed(path, "{}", "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(app.Logs.Lines, l => l.Contains("Native Slack endpoints are disabled", StringComparison.Ordinal));
    }
}
