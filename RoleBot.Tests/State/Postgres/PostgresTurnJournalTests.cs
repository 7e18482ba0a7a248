using System.Text.Json;
using RoleBot.Auth;
using RoleBot.Protocol;
using RoleBot.Protocol.Queue;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.State.Postgres;

/// <summary>
/// An instance killed in the middle of a journaled turn: whatever moment it dies at, the turn is answered exactly
/// once and the conversation's state matches what the user was told (the SIGKILL check of .ci/steps/scale-out.sh).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTurnJournalTests(PostgresCluster cluster)
{
    private const string AnswerThenBlock = "answer then block";

    [PostgresFact]
    public async Task AJournaledTurnSendsNothingBeforeItsStateAndRepliesAreCommitted()
    {
        await using var connector = await FakeConnector.StartAsync();
        var table = PostgresCluster.NewTableName();
        await using var instance = PostgresEndpointTests.App(cluster.ConnectionString, table);
        var conversation = $"{Guid.NewGuid()}|livechat";

        await instance.CreateClient().PostActivityAsync(ActivityBodies.Message(AnswerThenBlock, connector.ServiceUrl, conversation));
        await instance.Recorder.WaitForAsync(a => a.Text == AnswerThenBlock);
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        // Killed now, the user must not have seen an answer that the saved state knows nothing of.
        Assert.Empty(connector.RequestsWhere(r => r.Body.Contains("echo answer then block", StringComparison.Ordinal)));
        Assert.Equal(0L, await cluster.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE key = 'emulator/{conversation}'"));

        instance.Gate.Open();
        await connector.WaitForAsync("echo answer then block #1");
        Assert.Equal(1L, await cluster.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE key = 'emulator/{conversation}'"));
        await Eventually.HoldsAsync(async () => await cluster.ScalarAsync<long>($"SELECT count(*) FROM {table}_queue") == 0);
    }

    [PostgresFact]
    public async Task ATurnWhoseInstanceDiedMidTurnIsAnsweredOnceByAnotherAndTheDeadOnesLateCommitIsRefused()
    {
        await using var connector = await FakeConnector.StartAsync();
        var table = PostgresCluster.NewTableName();
        await using var dying = PostgresEndpointTests.App(cluster.ConnectionString, table);
        await using var survivor = PostgresEndpointTests.App(cluster.ConnectionString, table);
        dying.Options.Settings["RoleBot:State:QueueLease"] = "00:10:00"; // so only the survivor looks for lapsed turns
        survivor.Options.Settings["RoleBot:State:QueueLease"] = "00:00:01";
        survivor.Gate.Open();
        var conversation = $"{Guid.NewGuid()}|livechat";

        await dying.CreateClient().PostActivityAsync(ActivityBodies.Message(AnswerThenBlock, connector.ServiceUrl, conversation));
        await dying.Recorder.WaitForAsync(a => a.Text == AnswerThenBlock);

        // What PostgreSQL sees of a SIGKILL: the instance stops renewing its lease and its sessions (and so its
        // conversation lock) are gone. The process itself is kept, frozen mid-turn, to show what it does if it wakes.
        await cluster.ScalarAsync<int>($"UPDATE {table}_queue SET lease_owner = 'killed', lease_until = now() - interval '1 second'");
        await cluster.ScalarAsync<bool>("SELECT bool_and(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype = 'advisory' AND granted");

        await connector.WaitForAsync("echo answer then block #1");
        await survivor.Logs.WaitForAsync(l => l.Contains("taken over from an instance that stopped renewing it"));

        dying.Gate.Open();
        await survivor.CreateClient().PostActivityAsync(ActivityBodies.Message("next", connector.ServiceUrl, conversation));

        // The state the survivor saved is the one the user was answered from, and nobody overwrote it.
        await connector.WaitForAsync("echo next #2");
        Assert.Single(connector.RequestsWhere(r => r.Body.Contains("echo answer then block", StringComparison.Ordinal)));
        await dying.Logs.WaitForAsync(l => l.Contains("was taken over by another instance while it ran here"));
        await Eventually.HoldsAsync(async () => await cluster.ScalarAsync<long>($"SELECT count(*) FROM {table}_queue") == 0);
    }

    [PostgresFact]
    public async Task RepliesCommittedByAnInstanceThatDiedBeforeSendingThemAreSentByAnotherWithoutRunningTheBotAgain()
    {
        await using var connector = await FakeConnector.StartAsync();
        var table = PostgresCluster.NewTableName();
        await using var survivor = PostgresEndpointTests.App(cluster.ConnectionString, table);
        survivor.Options.Settings["RoleBot:State:QueueLease"] = "00:00:01";
        await survivor.CreateClient().GetAsync("/healthz/ready");
        var conversation = $"{Guid.NewGuid()}|livechat";
        var activity = JsonSerializer.Deserialize<Activity>(ActivityBodies.Message("asked", connector.ServiceUrl, conversation).ToJsonString(), ActivityJson.Options)!;
        var payload = QueuedTurnJson.Write(new QueuedTurn(activity, AuthenticationResult.Anonymous));
        var reply = new Activity
        {
            Type = ActivityTypes.Message, Text = "committed answer", ServiceUrl = connector.ServiceUrl, ReplyToId = activity.Id,
            Conversation = activity.Conversation, From = activity.Recipient, Recipient = activity.From, ChannelId = activity.ChannelId,
        };
        var replies = QueuedTurnJson.WriteReplies([reply]);

        // Killed right after its commit: the state is saved and the replies are in the journal, none of them sent.
        await cluster.ScalarAsync<int>($"""
            INSERT INTO {table}_queue (conversation_key, payload, enqueued_at, lease_owner, lease_until, replies)
            VALUES ('emulator/{conversation}', {PostgresCluster.Literal(payload)}, now(), 'killed', now() - interval '1 second', {PostgresCluster.Literal(replies)}::jsonb)
            """);

        await connector.WaitForAsync("committed answer");
        await Eventually.HoldsAsync(async () => await cluster.ScalarAsync<long>($"SELECT count(*) FROM {table}_queue") == 0);
        Assert.Single(connector.RequestsWhere(r => r.Body.Contains("committed answer", StringComparison.Ordinal)));
        Assert.Empty(survivor.Recorder.All);
    }
}
