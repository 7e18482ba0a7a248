using System.Net;
using RoleBot.Channels.Slack.Native;
using RoleBot.Tests.Channels.Slack.Native.Support;

namespace RoleBot.Tests.Channels.Slack.Native;

/// <summary>
/// A full exchange over real sockets (Kestrel) — mention, DM, slash command, clicks, share, a rate limit and a
/// refused post — with every log line captured: neither the signing secret, the bot token nor a response_url
/// (a credential for 30 minutes) may appear.
/// </summary>
public sealed class SlackSecretsTests : IAsyncLifetime
{
    private FakeSlack _slack = null!;
    private SlackAppFactory _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _app = new SlackAppFactory(_slack.ApiBaseUrl);
        _client = _app.StartKestrel();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task NoSecretReachesTheLogsDuringAFullExchange()
    {
        var (channel, dm, limited, refused) = (SlackRequests.NewChannel(), SlackRequests.NewDirectChannel(), SlackRequests.NewChannel("CRATELIMIT"), SlackRequests.NewChannel("CNOTFOUND"));
        var commandUrl = _slack.NewResponseUrl();
        var shareUrl = _slack.NewResponseUrl();

        using var mention = await _client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("who is higher, PM or VP?", channel)));
        var question = await _slack.WaitForMessageAsync(channel);
        var choice = question.Buttons[0];
        await _client.SendAsync(SlackRequests.Interaction(SlackRequests.BlockActions(choice.ActionId, choice.Value, channel, _slack.NewResponseUrl(), question.Ts, question.ThreadTs)));
        await _slack.WaitForMessageAsync(channel, p => p.Ts != question.Ts);
        await _client.SendAsync(SlackRequests.Event(SlackRequests.DirectMessage("what does a COO do?", dm)));
        await _slack.WaitForMessageAsync(dm);
        await _client.SendAsync(SlackRequests.CommandRequest(SlackRequests.Command("gm vs vp", channel, commandUrl)));
        var ephemeral = await _slack.WaitForAsync(p => p.Path == new Uri(commandUrl).AbsolutePath);
        var share = ephemeral.Buttons.Single(b => b.ActionId == SlackShareButton.ActionId);
        await _client.SendAsync(SlackRequests.Interaction(SlackRequests.BlockActions(share.ActionId, share.Value, channel, shareUrl, ephemeral: true)));
        await _slack.WaitForAsync(p => p.Path == new Uri(shareUrl).AbsolutePath);
        await _client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("help", limited)));
        await _slack.WaitForMessageAsync(limited, p => p.Ts is not null);
        await _client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("help", refused)));
        await _app.Logs.WaitForAsync(l => l.Contains("Could not send the apology", StringComparison.Ordinal));
        await _client.SendAsync(SlackRequests.Signed("/api/slack/events", "{}", "application/json", secret: "wrong"));

        Assert.Equal(HttpStatusCode.OK, mention.StatusCode);
        var logs = string.Join("\n", _app.Logs.Lines);
        Assert.Contains("rate limited", logs);
        Assert.Contains("channel_not_found", logs);
        Assert.Contains("Mismatch", logs);
        Assert.DoesNotContain(SlackAppFactory.SigningSecret, logs);
        Assert.DoesNotContain(SlackAppFactory.BotToken, logs);
        Assert.DoesNotContain("xoxb-", logs);
        Assert.DoesNotContain("/response/", logs);
        Assert.DoesNotContain(new Uri(commandUrl).Segments[^1], logs);
    }
}
