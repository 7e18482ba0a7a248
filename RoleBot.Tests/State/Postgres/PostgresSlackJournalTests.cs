using RoleBot.Channels.Slack.Native;
using RoleBot.Tests.Channels.Slack.Native.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.State.Postgres;

/// <summary>With shared state, a Slack turn is journaled before its 200 and answered once, by whichever instance is alive.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSlackJournalTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task ASlackEventIsInTheJournalUntilItIsAnswered()
    {
        await using var slack = await FakeSlack.StartAsync();
        var table = PostgresCluster.NewTableName();
        await using var app = App(slack, table, cluster.ConnectionString);
        var client = app.Start();
        var channel = SlackRequests.NewChannel("CHOLD");

        using var response = await client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("what does a COO do?", channel)));
        await slack.HeldAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await cluster.ScalarAsync<long>($"SELECT count(*) FROM {table}_queue WHERE payload LIKE '%slack-turn%'"));
        slack.Release();
        await WaitUntilAsync(async () => await cluster.ScalarAsync<long>($"SELECT count(*) FROM {table}_queue") == 0);
    }

    [PostgresFact]
    public async Task ASlackEventJournaledByAnInstanceThatDiedIsAnsweredOnceByAnother()
    {
        await using var slack = await FakeSlack.StartAsync();
        var table = PostgresCluster.NewTableName();
        await using var survivor = App(slack, table, cluster.ConnectionString);
        await survivor.Start().GetAsync("/healthz/ready");
        var channel = SlackRequests.NewChannel();
        var ts = SlackRequests.NewTs();
        var origin = new SlackOrigin(SlackRequests.AppId, SlackRequests.Team, channel, ts, SlackRequests.User, SlackRequests.BotUser, IsDirect: false);
        var activity = SlackActivities.Message(origin, ts, $"<@{SlackRequests.BotUser}> what does a COO do?", null, DateTimeOffset.UtcNow);
        var payload = SlackTurnJson.Write(activity, new ChannelReply(channel, ts));

        // What an instance leaves behind when it is killed after its 200: the turn, leased to it, lease running out.
        await cluster.ScalarAsync<int>($"""
            INSERT INTO {table}_queue (conversation_key, payload, enqueued_at, lease_owner, lease_until)
            VALUES ('slack/{origin.ConversationId}', '{payload.Replace("'", "''", StringComparison.Ordinal)}', now(), 'dead-instance', now() - interval '1 second')
            """);

        var reply = await slack.WaitForMessageAsync(channel);
        await WaitUntilAsync(async () => await cluster.ScalarAsync<long>($"SELECT count(*) FROM {table}_queue") == 0);

        Assert.Equal(ts, reply.ThreadTs);
        Assert.Contains("Chief Operating Officer", reply.Blocks);
        Assert.Contains(survivor.Logs.Lines, l => l.Contains("taken over from an instance that stopped renewing it", StringComparison.Ordinal));
        Assert.Single(slack.Where(p => p.Channel == channel));
    }

    private static RoleBotAppFactory App(FakeSlack slack, string table, string connectionString) => new(SlackApp.With(slack.ApiBaseUrl, settings: new Dictionary<string, string>
    {
        ["RoleBot:State:Provider"] = "Postgres",
        ["ConnectionStrings:RoleBotState"] = connectionString,
        ["RoleBot:State:Table"] = table,
        ["RoleBot:State:QueueLease"] = "00:00:01",
    }));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TestTimeouts.Generous;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold in time.");
            await Task.Delay(100);
        }
    }
}
