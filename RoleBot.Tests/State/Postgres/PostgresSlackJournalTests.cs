using RoleBot.Channels.Slack.Native;
using RoleBot.Protocol;
using RoleBot.Protocol.Queue;
using RoleBot.Tests.Channels.Slack.Native.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.State.Postgres;

/// <summary>With shared state, a Slack turn is journaled before its 200 and answered once, by whichever instance is alive.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSlackJournalTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task ASlackEventLeavesTheJournalAsItsReplyDeparts()
    {
        await using var slack = await FakeSlack.StartAsync();
        var table = PostgresCluster.NewTableName();
        await using var app = App(slack.ApiBaseUrl, table, cluster.ConnectionString);
        var client = app.Start();
        var channel = SlackRequests.NewChannel("CHOLD");

        using var response = await client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("what does a COO do?", channel)));
        await slack.HeldAsync();

        // Slack has the reply and has not answered yet: the entry goes as soon as the body has left, not after the
        // answer, so nobody posts it again.
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await Eventually.HoldsAsync(async () => await cluster.ScalarAsync<long>($"SELECT count(*) FROM {table}_queue") == 0);
        slack.Release();
    }

    [PostgresFact]
    public async Task ASlackTurnWhoseReplyCannotReachSlackStaysJournaledWithItsCommittedReplies()
    {
        var table = PostgresCluster.NewTableName();
        await using var app = App($"http://127.0.0.1:{LoopbackPorts.Free()}/api/", table, cluster.ConnectionString);
        var client = app.Start();

        using var response = await client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("what does a COO do?", SlackRequests.NewChannel())));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await Eventually.HoldsAsync(async () => await cluster.ScalarAsync<long>(
            $"SELECT count(*) FROM {table}_queue WHERE payload LIKE '%slack-turn%' AND replies::text LIKE '%Chief Operating Officer%'") == 1);
    }

    [PostgresFact]
    public async Task ASlackEventJournaledByAnInstanceThatDiedIsAnsweredOnceByAnother()
    {
        await using var slack = await FakeSlack.StartAsync();
        var table = PostgresCluster.NewTableName();
        await using var survivor = App(slack.ApiBaseUrl, table, cluster.ConnectionString);
        await survivor.Start().GetAsync("/healthz/ready");
        var (channel, ts) = (SlackRequests.NewChannel(), SlackRequests.NewTs());

        // What an instance leaves behind when it is killed after its 200: the turn, leased to it, lease running out.
        await LeaveBehindAsync(table, channel, ts, replies: null);

        var reply = await slack.WaitForMessageAsync(channel);
        await Eventually.HoldsAsync(async () => await cluster.ScalarAsync<long>($"SELECT count(*) FROM {table}_queue") == 0);

        Assert.Equal(ts, reply.ThreadTs);
        Assert.Contains("Chief Operating Officer", reply.Blocks);
        Assert.Contains(survivor.Logs.Lines, l => l.Contains("taken over from an instance that stopped renewing it", StringComparison.Ordinal));
        Assert.Single(slack.Where(p => p.Channel == channel));
    }

    [PostgresFact]
    public async Task ASlackTurnThatCommittedItsRepliesBeforeItsInstanceDiedIsPostedNotRunAgain()
    {
        await using var slack = await FakeSlack.StartAsync();
        var table = PostgresCluster.NewTableName();
        await using var survivor = App(slack.ApiBaseUrl, table, cluster.ConnectionString);
        await survivor.Start().GetAsync("/healthz/ready");
        var channel = SlackRequests.NewChannel();

        // Killed between committing the turn (state and replies) and posting: the replies are in the row.
        await LeaveBehindAsync(table, channel, SlackRequests.NewTs(),
            QueuedTurnJson.WriteReplies([new Activity { Type = ActivityTypes.Message, Text = "The answer the dead instance committed." }]));

        var reply = await slack.WaitForMessageAsync(channel);
        await Eventually.HoldsAsync(async () => await cluster.ScalarAsync<long>($"SELECT count(*) FROM {table}_queue") == 0);

        Assert.Contains("The answer the dead instance committed.", reply.Text);
        Assert.Single(slack.Where(p => p.Channel == channel));
    }

    /// <summary>A Slack turn in the journal, leased to an instance that is gone, with the replies it committed (if any).</summary>
    private Task<int> LeaveBehindAsync(string table, string channel, string ts, string? replies)
    {
        var origin = new SlackOrigin(SlackRequests.AppId, SlackRequests.Team, channel, ts, SlackRequests.User, SlackRequests.BotUser, IsDirect: false);
        var activity = SlackActivities.Message(origin, ts, $"<@{SlackRequests.BotUser}> what does a COO do?", null, DateTimeOffset.UtcNow);
        var payload = SlackTurnJson.Write(activity, new ChannelReply(channel, ts));
        return cluster.ScalarAsync<int>($"""
            INSERT INTO {table}_queue (conversation_key, payload, replies, enqueued_at, lease_owner, lease_until)
            VALUES ('slack/{origin.ConversationId}', {PostgresCluster.Literal(payload)}, {(replies is null ? "NULL" : PostgresCluster.Literal(replies))}::jsonb, now(), 'dead-instance', now() - interval '1 second')
            """);
    }

    private static RoleBotAppFactory App(string slackApiBaseUrl, string table, string connectionString) => new(SlackApp.With(slackApiBaseUrl, settings: new Dictionary<string, string>
    {
        ["RoleBot:State:Provider"] = "Postgres",
        ["ConnectionStrings:RoleBotState"] = connectionString,
        ["RoleBot:State:Table"] = table,
        ["RoleBot:State:QueueLease"] = "00:00:01",
    }));
}
