using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoleBot.Channels.WebChat.DirectLine;
using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Protocol;
using RoleBot.State;
using RoleBot.Tests.Channels.WebChat.DirectLine;
using RoleBot.Tests.Channels.WebChat.DirectLine.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.State.Postgres;

/// <summary>Direct Line through two instances on one database, as behind a round-robin balancer without stickiness.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDirectLineStoreTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task AConversationStartedOnOneInstanceContinuesOnAnother()
    {
        var table = PostgresCluster.NewTableName();
        await using var instanceA = App(table);
        await using var instanceB = App(table);
        var (a, b) = (instanceA.CreateDirectLineClient(), instanceB.CreateDirectLineClient());

        var ticket = await a.OpenAsync();
        await b.SendMessageAsync(ticket, WebChatActivities.Message("hello"));
        var onA = await a.PollUntilAsync(ticket, "", seen => seen.Any(x => x.Str("text") == "echo hello #1"));
        await a.SendMessageAsync(ticket, WebChatActivities.Message("again"));
        var onB = await b.PollUntilAsync(ticket, "", seen => seen.Any(x => x.Str("text") == "echo again #2"));

        Assert.Contains(onA, x => x.Str("text") == "welcome");
        // The same stream, in the same order, whichever instance is polled.
        Assert.Equal(onA.Select(x => x.Str("id")), onB.Select(x => x.Str("id")).Take(onA.Length));
        // Started on A, so B answers 200 (not 201) and sends no second welcome.
        Assert.Equal(ticket.ConversationId, (await b.StartAsync(ticket.Token, HttpStatusCode.OK)).ConversationId);
    }

    [PostgresFact]
    public async Task WhilePostgresIsDownPollsAnswerEmptyAndPostsAnswer503ThenServiceResumes()
    {
        await using var app = App(PostgresCluster.NewTableName());
        var client = app.CreateDirectLineClient();
        var ticket = await client.OpenAsync();

        await cluster.StopAsync();
        try
        {
            Assert.Empty((await client.PollAsync(ticket.Token, ticket.ConversationId, "0")).Activities);
            using var refused = await client.PostAsync(ticket, WebChatActivities.Message("while down"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter);
        }
        finally
        {
            await cluster.StartAsync();
        }

        var deadline = DateTime.UtcNow + TestTimeouts.Generous;
        HttpStatusCode status;
        do
        {
            await Task.Delay(100);
            using var response = await client.PostAsync(ticket, WebChatActivities.Message("back"));
            status = response.StatusCode;
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, status);
        await client.PollUntilAsync(ticket, "", seen => seen.Any(x => x.Str("text") == "echo back #1"));
    }

    [PostgresFact]
    public async Task APostSentAgainToAnotherInstanceKeepsItsIdAndIsAnsweredOnce()
    {
        var table = PostgresCluster.NewTableName();
        await using var instanceA = App(table);
        await using var instanceB = App(table);
        var (a, b) = (instanceA.CreateDirectLineClient(), instanceB.CreateDirectLineClient());
        var ticket = await a.OpenAsync();

        var first = await a.SendMessageAsync(ticket, WebChatActivities.Message("hello", "client-1"));
        await a.PollUntilAsync(ticket, "", all => all.Any(x => x.Str("replyToId") == first));
        var again = await b.SendMessageAsync(ticket, WebChatActivities.Message("hello", "client-1"));

        Assert.Equal(first, again);
        await ResentPostTests.AssertAnsweredOnceAsync(b, ticket, first, "echo hello #1");
    }

    [PostgresFact]
    public async Task ATurnWhoseRepliesCannotBeStoredSavesNoStateEither()
    {
        await using var app = App(PostgresCluster.NewTableName());
        var store = app.Services.GetRequiredService<IDirectLineConversationStore>();
        var states = app.Services.GetRequiredService<IConversationStateStore>();
        var user = new ChannelAccount { Id = "u1" };
        var gone = new DirectLineConversation("no-such-conversation", user, app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value, DateTimeOffset.UtcNow);
        var state = new ConversationData();
        state.LastRoleIds.Add("project-manager");

        await Assert.ThrowsAnyAsync<Exception>(() =>
            store.CommitTurnAsync(gone, "post-1", "atomic-turn", state, [new Activity { Type = ActivityTypes.Message, Text = "answer" }], default));

        Assert.Empty((await states.LoadAsync("atomic-turn", default)).LastRoleIds);
    }

    private RoleBotAppFactory App(string table)
    {
        var app = new RoleBotAppFactory(DirectLineApp.With(echoBot: true));
        app.Options.Settings["RoleBot:State:Provider"] = "Postgres";
        app.Options.Settings["ConnectionStrings:RoleBotState"] = cluster.ConnectionString;
        app.Options.Settings["RoleBot:State:Table"] = table;
        return app;
    }
}
