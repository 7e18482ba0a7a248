using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Channels.WebChat.DirectLine;
using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Channels.WebChat.DirectLine.Turns;
using RoleBot.Protocol;
using RoleBot.State;
using RoleBot.Tests.Channels.WebChat.DirectLine.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.State.Postgres;

/// <summary>A Direct Line turn that outlasts its POST is journaled, so an instance that dies before it commits does not lose it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDirectLineJournalTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task ATurnStillRunningWhenItsPostIsAcknowledgedIsJournaledUntilItCommits()
    {
        var table = PostgresCluster.NewTableName();
        await using var app = App(table);
        var client = app.CreateDirectLineClient();
        var ticket = await client.OpenAsync();

        var posted = await client.SendMessageAsync(ticket, WebChatActivities.Message("block", "client-slow"));

        Assert.Equal(1, await cluster.ScalarAsync<long>($"SELECT count(*) FROM {table}_queue WHERE payload LIKE '%directline-turn%'"));
        app.Gate.Open();
        await client.PollUntilAsync(ticket, "", all => all.Any(a => a.Str("replyToId") == posted && a.Str("text") == "echo block #1"));
        await Eventually.HoldsAsync(async () => await cluster.ScalarAsync<long>($"SELECT count(*) FROM {table}_queue") == 0);
    }

    [PostgresFact]
    public async Task ATurnJournaledByAnInstanceThatDiedIsAnsweredOnceByAnother()
    {
        var table = PostgresCluster.NewTableName();
        await using var survivor = App(table);
        var client = survivor.CreateDirectLineClient();
        var ticket = await client.OpenAsync();
        var store = survivor.Services.GetRequiredService<IDirectLineConversationStore>();
        var conversation = (await store.FindAsync(ticket.ConversationId, default))!;

        // What an instance leaves behind when it dies after acknowledging a slow turn: the post stored, the turn
        // journaled and leased to it, no answer.
        var post = new Activity
        {
            Type = ActivityTypes.Message, Text = "hello", ChannelId = DirectLineChannel.Id, ServiceUrl = "http://localhost/v3/directline/",
            Conversation = new ConversationAccount { Id = conversation.Id }, From = new ChannelAccount { Id = conversation.User.Id, Role = "user" },
            Recipient = new ChannelAccount { Id = "rolebot", Role = "bot" },
        };
        var postId = await store.AppendAsync(conversation, post, default);
        var payload = DirectLineTurnJson.Write(conversation.Id, postId);
        await cluster.ScalarAsync<int>($"""
            INSERT INTO {table}_queue (conversation_key, payload, enqueued_at, lease_owner, lease_until)
            VALUES ('{StateKeys.For(DirectLineChannel.Id, conversation.Id)}', {PostgresCluster.Literal(payload)}, now(), 'dead-instance', now() - interval '1 second')
            """);

        var seen = await client.PollUntilAsync(ticket, "", all => all.Any(a => a.Str("replyToId") == postId));
        await Eventually.HoldsAsync(async () => await cluster.ScalarAsync<long>($"SELECT count(*) FROM {table}_queue") == 0);

        Assert.Equal(["echo hello #1"], seen.Where(a => a.Str("replyToId") == postId).Select(a => a.Str("text")));
        Assert.Contains(survivor.Logs.Lines, l => l.Contains("taken over from an instance that stopped renewing it", StringComparison.Ordinal));
    }

    private RoleBotAppFactory App(string table)
    {
        var app = new RoleBotAppFactory(DirectLineApp.With(echoBot: true));
        app.Options.Settings["RoleBot:State:Provider"] = "Postgres";
        app.Options.Settings["ConnectionStrings:RoleBotState"] = cluster.ConnectionString;
        app.Options.Settings["RoleBot:State:Table"] = table;
        app.Options.Settings["RoleBot:State:QueueLease"] = "00:00:01";
        app.Options.Settings["RoleBot:DirectLine:TurnWait"] = "00:00:00.300";
        return app;
    }
}
