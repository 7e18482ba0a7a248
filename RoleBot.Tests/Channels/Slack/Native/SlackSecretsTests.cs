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
    private readonly SlackFixture _fixture = new() { OverKestrel = true };

    private FakeSlack Slack => _fixture.Slack;

    private HttpClient Client => _fixture.Client;

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task NoSecretReachesTheLogsDuringAFullExchange()
    {
        var (channel, dm, limited, refused) = (SlackRequests.NewChannel(), SlackRequests.NewDirectChannel(), SlackRequests.NewChannel("CRATELIMIT"), SlackRequests.NewChannel("CNOTFOUND"));
        var commandUrl = Slack.NewResponseUrl();
        var shareUrl = Slack.NewResponseUrl();

        using var mention = await Client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("who is higher, PM or senior manager?", channel)));
        var question = await Slack.WaitForMessageAsync(channel);
        var choice = question.Buttons[0];
        await Client.SendAsync(SlackRequests.Interaction(SlackRequests.BlockActions(choice.ActionId, choice.Value, channel, Slack.NewResponseUrl(), question.Ts, question.ThreadTs)));
        await Slack.WaitForMessageAsync(channel, p => p.Ts != question.Ts);
        await Client.SendAsync(SlackRequests.Event(SlackRequests.DirectMessage("what does a COO do?", dm)));
        await Slack.WaitForMessageAsync(dm);
        await Client.SendAsync(SlackRequests.CommandRequest(SlackRequests.Command("gm vs vp", channel, commandUrl)));
        var ephemeral = await Slack.WaitForAsync(p => p.Path == new Uri(commandUrl).AbsolutePath);
        var share = ephemeral.Buttons.Single(b => b.ActionId == SlackShareButton.ActionId);
        await Client.SendAsync(SlackRequests.Interaction(SlackRequests.BlockActions(share.ActionId, share.Value, channel, shareUrl, ephemeral: true)));
        await Slack.WaitForAsync(p => p.Path == new Uri(shareUrl).AbsolutePath);
        await Client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("help", limited)));
        await Slack.WaitForMessageAsync(limited, p => p.Ts is not null);
        await Client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("help", refused)));
        await _fixture.App.Logs.WaitForAsync(l => l.Contains("Could not send the apology", StringComparison.Ordinal));
        await Client.SendAsync(SlackRequests.Signed("/api/slack/events", "{}", "application/json", secret: "wrong"));

        Assert.Equal(HttpStatusCode.OK, mention.StatusCode);
        var logs = string.Join("\n", _fixture.App.Logs.Lines);
        Assert.Contains("rate limited", logs);
        Assert.Contains("channel_not_found", logs);
        Assert.Contains("Mismatch", logs);
        Assert.DoesNotContain(SlackApp.SigningSecret, logs);
        Assert.DoesNotContain(SlackApp.BotToken, logs);
        Assert.DoesNotContain("xoxb-", logs);
        Assert.DoesNotContain("/response/", logs);
        Assert.DoesNotContain(new Uri(commandUrl).Segments[^1], logs);
    }
}
