using System.Net;
using System.Text.Json.Nodes;
using RoleBot.Tests.Channels.Slack.Native.Support;

namespace RoleBot.Tests.Channels.Slack.Native;

/// <summary>Events API deliveries reach the real bot and are answered with chat.postMessage in the right place.</summary>
public sealed class SlackEventsTests(SlackFixture fixture) : IClassFixture<SlackFixture>
{
    public static TheoryData<string> Ignored() => [.. SlackEventCases.All.Where(c => !c.Answered).Select(c => c.Name)];

    [Fact]
    public async Task AnswersAChannelMentionInItsThreadWithBlockKit()
    {
        var channel = SlackRequests.NewChannel();
        var ts = SlackRequests.NewTs();

        using var response = await fixture.Client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("who is higher, GM or VP?", channel, ts)));
        var reply = await fixture.Slack.WaitForMessageAsync(channel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal($"Bearer {SlackApp.BotToken}", reply.Authorization);
        Assert.Equal("application/json; charset=utf-8", reply.ContentType);
        Assert.Equal(ts, reply.ThreadTs);
        Assert.Contains("Vice President", reply.Text);
        var blocks = reply.Json.GetProperty("blocks");
        Assert.Equal("header", blocks[0].GetProperty("type").GetString());
        Assert.Contains("General Manager", blocks.GetRawText());
        Assert.All(reply.Buttons, b => Assert.StartsWith("{\"rolebot\":\"v1\"", b.Value));
        Assert.NotEmpty(reply.Buttons);
    }

    [Fact]
    public async Task AnswersADirectMessageInTheDirectMessageWithoutAThread()
    {
        var dm = SlackRequests.NewDirectChannel();

        await fixture.Client.SendAsync(SlackRequests.Event(SlackRequests.DirectMessage("what does a COO do?", dm)));
        var reply = await fixture.Slack.WaitForMessageAsync(dm);

        Assert.Null(reply.ThreadTs);
        Assert.Contains("Chief Operating Officer", reply.Blocks);
    }

    [Fact]
    public async Task AnswersAnEventOnceHoweverOftenSlackRetriesIt()
    {
        var channel = SlackRequests.NewChannel();
        var mention = SlackRequests.AppMention("what comes after project manager?", channel);

        var statuses = new List<HttpStatusCode>();
        foreach (var retry in new int?[] { null, 1, 2, 3 })
        {
            using var response = await fixture.Client.SendAsync(SlackRequests.Event(mention, retry));
            statuses.Add(response.StatusCode);
        }

        await fixture.Slack.WaitForMessageAsync(channel);
        await fixture.SettleAsync();

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Single(fixture.Slack.Where(p => p.Channel == channel));
        var eventId = (string)mention["event_id"]!;
        Assert.Equal(3, fixture.App.Logs.Lines.Count(l => l.Contains($"Slack event {eventId} already seen (retry ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ProcessesARetryOfAnEventItNeverSaw()
    {
        var channel = SlackRequests.NewChannel();

        // The first delivery was lost (a restart, say): the retry is the only copy and must be answered.
        await fixture.Client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("what does a COO do?", channel), retryNum: 1));

        Assert.Contains("Chief Operating Officer", (await fixture.Slack.WaitForMessageAsync(channel)).Blocks);
    }

    [Theory]
    [MemberData(nameof(Ignored))]
    public async Task AcknowledgesButNeverAnswersBotsEditsAndDuplicateDeliveries(string name)
    {
        var c = SlackEventCases.Find(name);
        var channel = SlackRequests.NewChannel(c.Event["channel"]?.ToString()[..1] ?? "C");
        var ev = (JsonObject)c.Event.DeepClone();
        ev["channel"] = channel;
        var envelope = SlackRequests.Envelope(ev);

        using var response = await fixture.Client.SendAsync(SlackRequests.Event(envelope));
        await fixture.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(fixture.App.Logs.Lines, l => l.Contains($"Slack event {envelope["event_id"]} ", StringComparison.Ordinal) && l.EndsWith($"ignored: {c.Reason} ", StringComparison.Ordinal));
        Assert.Empty(fixture.Slack.Where(p => p.Channel == channel));
    }

    [Fact]
    public async Task AnswersBadJsonWith400AndAsksSlackNotToRetry()
    {
        using var response = await fixture.Client.SendAsync(SlackRequests.Signed("/api/slack/events", "{\"type\":", "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("X-Slack-No-Retry").Single());
    }

    [Fact]
    public async Task WaitsAsLongAsSlacksRetryAfterAsksWhenRateLimited()
    {
        var channel = SlackRequests.NewChannel("CRATELIMIT");

        await fixture.Client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("who is higher, GM or VP?", channel)));
        var answer = await fixture.Slack.WaitForMessageAsync(channel, p => p.Ts is not null);

        var attempts = fixture.Slack.Where(p => p.Channel == channel);
        Assert.Equal(2, attempts.Count);
        Assert.Equal(attempts[0].Body, attempts[1].Body);
        Assert.True(answer.ReceivedAt - attempts[0].ReceivedAt >= TimeSpan.FromSeconds(0.9), "the retry came before Retry-After elapsed");
        Assert.Contains(fixture.App.Logs.Lines, l => l.Contains("Slack chat.postMessage rate limited; retrying in 1 s (attempt 1)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LogsSlacksErrorCodeWhenAPostIsRefused()
    {
        var channel = SlackRequests.NewChannel("CNOTFOUND");

        await fixture.Client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("who is higher, GM or VP?", channel)));
        await fixture.App.Logs.WaitForAsync(l => l.Contains("Could not send the apology", StringComparison.Ordinal) && l.Contains("channel_not_found", StringComparison.Ordinal));

        // The answer and then the apology were both refused; each refusal is logged with Slack's code.
        Assert.Equal(2, fixture.Slack.Where(p => p.Channel == channel).Count);
        Assert.True(fixture.App.Logs.Lines.Count(l => l.Contains("Slack chat.postMessage failed: channel_not_found", StringComparison.Ordinal)) >= 2);
    }
}
