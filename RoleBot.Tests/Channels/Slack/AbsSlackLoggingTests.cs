using RoleBot.Tests.Channels.Slack.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Slack;

// channelData from Azure Bot Service's Slack channel carries the workspace's bot token (ApiToken). A whole Slack
// exchange, a failing turn and a malformed request included, must leave no trace of it in any log line or exception.
public class AbsSlackLoggingTests(AbsSlackFixture fixture) : IClassFixture<AbsSlackFixture>
{
    private const string VerificationToken = "7K85CE7U1wjgFDUHafCiPB7l";

    [Fact]
    public async Task TheSlackBotTokenNeverReachesALogLineOrException()
    {
        var url = fixture.ServiceUrl;
        var dm = AbsSlackActivities.NewChannel('D');
        var channel = AbsSlackActivities.NewChannel('C');
        // The fake Connector answers 500 for this conversation: the answer and then the apology fail to send.
        var broken = "Dstatus-500" + Guid.NewGuid().ToString("N")[..6];

        await fixture.PostAsync(AbsSlackActivities.Get("bot-added", url, dm));
        await fixture.PostAsync(AbsSlackActivities.Get("message-dm", url, dm));
        await fixture.PostAsync(AbsSlackActivities.Message($"is my token {AbsSlackActivities.ApiToken} a role?", url, dm));
        await fixture.PostAsync(AbsSlackActivities.Click("{\"rolebot\":\"v1\",\"action\":\"help\"}", url, dm));
        await fixture.PostAsync(AbsSlackActivities.Click("{\"rolebot\":\"v2\",\"token\":\"" + AbsSlackActivities.ApiToken + "\"}", url, dm));
        await fixture.PostAsync(AbsSlackActivities.Get("member-joined-bot", url, channel));
        await fixture.PostAsync(AbsSlackActivities.Get("message-channel-mention", url, channel));
        await fixture.PostAsync(AbsSlackActivities.Get("message-dm", url, broken));
        var malformed = AbsSlackActivities.Get("message-dm", url, dm).ToJsonString()[..^40];
        using var rejected = await fixture.Client.PostAsync("/api/messages", ActivityBodies.Json(malformed));
        await fixture.SettleAsync(dm);
        await fixture.SettleAsync(channel);
        await fixture.Logs.WaitForAsync(l => l.Contains("Could not send the apology", StringComparison.Ordinal));

        var logs = string.Join('\n', fixture.Logs.Lines);
        Assert.Equal(400, (int)rejected.StatusCode);
        Assert.Contains("Turn failed for message on slack", logs, StringComparison.Ordinal);
        Assert.Contains("The channel answered HTTP 500", logs, StringComparison.Ordinal);
        Assert.Contains("Card payload rejected", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(AbsSlackActivities.ApiToken, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(AbsSlackActivities.ApiToken[..12], logs, StringComparison.Ordinal);
        Assert.DoesNotContain(VerificationToken, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("ApiToken", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("SlackMessage", logs, StringComparison.Ordinal);
    }
}
