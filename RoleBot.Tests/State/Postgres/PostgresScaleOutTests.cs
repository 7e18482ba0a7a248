using System.Net;
using System.Text.Json;
using RoleBot.Auth;
using RoleBot.Protocol;
using RoleBot.Protocol.Queue;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.State.Postgres;

/// <summary>Two app instances on one database act as one bot: de-duplication, turn order and acknowledged work are shared.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresScaleOutTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task TheSameActivityIdSentToTwoInstancesIsAnsweredOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        var table = PostgresCluster.NewTableName();
        await using var instanceA = PostgresEndpointTests.App(cluster.ConnectionString, table);
        await using var instanceB = PostgresEndpointTests.App(cluster.ConnectionString, table);
        var conversation = $"{Guid.NewGuid()}|livechat";
        var resent = ActivityBodies.Message("hi", connector.ServiceUrl, conversation, id: "same-id");

        Assert.Equal(HttpStatusCode.OK, (await instanceA.CreateClient().PostActivityAsync(resent.DeepClone())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await instanceB.CreateClient().PostActivityAsync(resent.DeepClone())).StatusCode);
        await instanceB.CreateClient().PostActivityAsync(ActivityBodies.Message("after", connector.ServiceUrl, conversation));

        // Turns of one conversation run in order, so had the re-send run, "after" would be the third turn.
        await connector.WaitForAsync("echo after #2");
        Assert.Single(connector.RequestsWhere(r => r.Body.Contains("echo hi", StringComparison.Ordinal)));
    }

    [PostgresFact]
    public async Task OverlappingTurnsOfOneConversationOnTwoInstancesRunOneAfterTheOther()
    {
        await using var connector = await FakeConnector.StartAsync();
        var table = PostgresCluster.NewTableName();
        await using var instanceA = PostgresEndpointTests.App(cluster.ConnectionString, table);
        await using var instanceB = PostgresEndpointTests.App(cluster.ConnectionString, table);
        var conversation = $"{Guid.NewGuid()}|livechat";

        await instanceA.CreateClient().PostActivityAsync(ActivityBodies.Message("block", connector.ServiceUrl, conversation));
        await instanceA.Recorder.WaitForAsync(a => a.Text == "block");
        await instanceB.CreateClient().PostActivityAsync(ActivityBodies.Message("second", connector.ServiceUrl, conversation));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Empty(instanceB.Recorder.All);

        instanceA.Gate.Open();

        await connector.WaitForAsync("echo second #2");
        await connector.WaitForAsync("echo block #1");
    }

    [PostgresFact]
    public async Task ATurnJournaledByAnInstanceThatDiedIsAnsweredOnceByAnother()
    {
        await using var connector = await FakeConnector.StartAsync();
        var table = PostgresCluster.NewTableName();
        await using var survivor = PostgresEndpointTests.App(cluster.ConnectionString, table);
        survivor.Options.Settings["RoleBot:State:QueueLease"] = "00:00:01";
        await survivor.CreateClient().GetAsync("/healthz/ready");
        var conversation = $"{Guid.NewGuid()}|livechat";
        var activity = JsonSerializer.Deserialize<Activity>(ActivityBodies.Message("orphan", connector.ServiceUrl, conversation).ToJsonString(), ActivityJson.Options)!;
        var payload = QueuedTurnJson.Write(new QueuedTurn(activity, AuthenticationResult.Anonymous));

        // What an instance leaves behind when it is killed after its 200: the turn, leased to it, lease running out.
        await cluster.ScalarAsync<int>($"""
            INSERT INTO {table}_queue (conversation_key, payload, enqueued_at, lease_owner, lease_until)
            VALUES ('emulator/{conversation}', {PostgresCluster.Literal(payload)}, now(), 'dead-instance', now() - interval '1 second')
            """);

        await connector.WaitForAsync("echo orphan #1");
        await survivor.Logs.WaitForAsync(l => l.Contains("taken over from an instance that stopped renewing it"));
        await Eventually.HoldsAsync(async () => await cluster.ScalarAsync<long>($"SELECT count(*) FROM {table}_queue") == 0);
        Assert.Single(connector.RequestsWhere(r => r.Body.Contains("echo orphan", StringComparison.Ordinal)));
    }

    [PostgresFact]
    public async Task WhilePostgresIsDownMessagesGet503AndReadinessFailsThenServiceResumesWithoutARestart()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PostgresEndpointTests.App(cluster.ConnectionString, PostgresCluster.NewTableName());
        var client = app.CreateClient();
        var conversation = $"{Guid.NewGuid()}|livechat";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/ready")).StatusCode);

        await cluster.StopAsync();
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz/ready")).StatusCode);
            using var refused = await client.PostActivityAsync(ActivityBodies.Message("while down", connector.ServiceUrl, conversation));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.True(refused.Headers.RetryAfter is not null);
        }
        finally
        {
            await cluster.StartAsync();
        }

        await Eventually.HoldsAsync(async () => (await client.GetAsync("/healthz/ready")).StatusCode == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(ActivityBodies.Message("back", connector.ServiceUrl, conversation))).StatusCode);
        await connector.WaitForAsync("echo back #1");
    }
}
