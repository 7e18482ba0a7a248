using System.Net;
using RoleBot.Tests.Channels.Slack.Native.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Slack.Native;

/// <summary>
/// Slack wants every request acknowledged within 3 seconds, however slow the bot or the Web API is. Here Slack
/// holds the answer's post until the test releases it: each endpoint must have answered 200 while the answer is
/// still stuck at Slack, so the acknowledgement never waits for the bot's turn or for Slack itself.
/// </summary>
public sealed class SlackAcknowledgementTests : IAsyncLifetime
{
    private FakeSlack _slack = null!;
    private RoleBotAppFactory _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _app = new RoleBotAppFactory(SlackApp.With(_slack.ApiBaseUrl));
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _slack.Release();
        _client.Dispose();
        await _app.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task AcknowledgesAnEventWhileChatPostMessageIsStillHeld()
    {
        var channel = SlackRequests.NewChannel("CHOLD");

        using var ack = await _client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("who is higher, GM or VP?", channel)));

        await AssertAcknowledgedBeforeTheAnswerAsync(ack, p => p.Channel == channel, "Vice President");
    }

    [Fact]
    public async Task AcknowledgesASlashCommandWhileItsResponseUrlPostIsStillHeld()
    {
        var responseUrl = _slack.HeldResponseUrl();

        using var ack = await _client.SendAsync(SlackRequests.CommandRequest(SlackRequests.Command("what does a COO do?", SlackRequests.NewChannel(), responseUrl)));

        await AssertAcknowledgedBeforeTheAnswerAsync(ack, p => responseUrl.EndsWith(p.Path, StringComparison.Ordinal), "Chief Operating Officer");
    }

    [Fact]
    public async Task AcknowledgesAButtonClickWhileItsResponseUrlPostIsStillHeld()
    {
        var responseUrl = _slack.HeldResponseUrl();
        const string describeCoo = "{\"rolebot\":\"v1\",\"action\":\"describe\",\"role\":\"coo\"}";

        using var ack = await _client.SendAsync(SlackRequests.Interaction(
            SlackRequests.BlockActions("rolebot-0", describeCoo, SlackRequests.NewChannel(), responseUrl, ephemeral: true)));

        await AssertAcknowledgedBeforeTheAnswerAsync(ack, p => responseUrl.EndsWith(p.Path, StringComparison.Ordinal), "Chief Operating Officer");
    }

    private async Task AssertAcknowledgedBeforeTheAnswerAsync(HttpResponseMessage ack, Func<SlackPost, bool> answer, string expected)
    {
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("", await ack.Content.ReadAsStringAsync());

        // The answer reached Slack after the acknowledgement and is still held there: nothing has been recorded yet.
        await _slack.HeldAsync();
        Assert.Empty(_slack.Where(answer));

        _slack.Release();
        var posted = await _slack.WaitForAsync(answer);
        Assert.Contains(expected, posted.Body);
    }
}
