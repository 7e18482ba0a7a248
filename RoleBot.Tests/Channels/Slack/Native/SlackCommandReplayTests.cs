using System.Net;
using RoleBot.Channels.Slack.Native;
using RoleBot.Tests.Channels.Slack.Native.Support;

namespace RoleBot.Tests.Channels.Slack.Native;

/// <summary>A captured slash command (same body, timestamp and signature) passes the signature check again; it is answered once.</summary>
public sealed class SlackCommandReplayTests(SlackFixture fixture) : IClassFixture<SlackFixture>
{
    private static readonly string ReplayCategory = typeof(SlackCommandsEndpoint).FullName!;

    [Fact]
    public async Task ASignedCommandPostedThreeTimesIsAnsweredOnce()
    {
        var responseUrl = fixture.Slack.NewResponseUrl();
        var form = SlackRequests.Command("who is higher, GM or VP?", SlackRequests.NewChannel(), responseUrl);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await fixture.Client.SendAsync(SlackRequests.Signed(SlackNativeServiceExtensions.CommandsPath, form, "application/x-www-form-urlencoded", timestamp));
            statuses.Add(response.StatusCode);
        }

        await fixture.SettleAsync();

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Single(fixture.Slack.Where(p => p.Path == new Uri(responseUrl).AbsolutePath));
        var replays = fixture.App.Logs.Entries.Where(e => e.Category == ReplayCategory && e.Message.Contains("replayed", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, replays.Count);
        var signature = SlackRequests.Signature(SlackApp.SigningSecret, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Text.Encoding.UTF8.GetBytes(form));
        Assert.All(replays, r =>
        {
            Assert.DoesNotContain(signature[3..], r.Detailed, StringComparison.Ordinal);
            Assert.DoesNotContain(responseUrl, r.Detailed, StringComparison.Ordinal);
            Assert.DoesNotContain(SlackApp.SigningSecret, r.Detailed, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task TheSameCommandSignedAtAnotherTimeIsANewCommand()
    {
        var responseUrl = fixture.Slack.NewResponseUrl();
        var form = SlackRequests.Command("what does a COO do?", SlackRequests.NewChannel(), responseUrl);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var first = await fixture.Client.SendAsync(SlackRequests.Signed(SlackNativeServiceExtensions.CommandsPath, form, "application/x-www-form-urlencoded", now - 1));
        using var second = await fixture.Client.SendAsync(SlackRequests.Signed(SlackNativeServiceExtensions.CommandsPath, form, "application/x-www-form-urlencoded", now));
        await fixture.SettleAsync();

        Assert.Equal(2, fixture.Slack.Where(p => p.Path == new Uri(responseUrl).AbsolutePath).Count);
    }
}
