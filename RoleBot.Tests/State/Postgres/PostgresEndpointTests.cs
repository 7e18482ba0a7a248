using System.Text.Json.Nodes;
using RoleBot.Protocol.Turns;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.State.Postgres;

/// <summary>The whole app with Provider=Postgres: turns keep their state in the database, shared between instances.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresEndpointTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task ATurnsStateLandsInTheDatabaseAndAnotherInstanceContinuesIt()
    {
        var table = PostgresCluster.NewTableName();
        var conversation = $"{Guid.NewGuid()}|livechat";
        await using var instanceA = App(cluster.ConnectionString, table);
        await using var instanceB = App(cluster.ConnectionString, table);

        Assert.Equal("echo hello #1", await SendAsync(instanceA, "hello", conversation));
        Assert.Equal("echo again #2", await SendAsync(instanceB, "again", conversation));

        var stored = await cluster.ScalarAsync<string>($"SELECT data->>'lastRoleIds' FROM {table} WHERE key = 'emulator/{conversation}'");
        Assert.Equal("[\"hello\", \"again\"]", stored);
    }

    [PostgresFact]
    public async Task ADatabaseOutageApologisesLogsAnErrorAndKeepsThePasswordOut()
    {
        var unreachable = cluster.ConnectionStringFor(PostgresCluster.Database, port: PostgresCluster.FreePort());
        await using var app = App(unreachable, PostgresCluster.NewTableName());

        Assert.Equal(TurnErrorHandler.Apology, await SendAsync(app, "hello", $"{Guid.NewGuid()}|livechat"));

        var logs = app.Logs.Lines;
        Assert.Contains(logs, l => l.StartsWith("Error") && l.Contains("could not be loaded in PostgreSQL"));
        Assert.Contains(logs, l => l.StartsWith("Error") && l.Contains("Turn failed for message on emulator"));
        Assert.Contains(logs, l => l.StartsWith("Warning") && l.Contains("Could not forget the state of failed conversation"));
        Assert.DoesNotContain(logs, l => l.Contains(cluster.Password));
    }

    private static EchoBotApp App(string connectionString, string table)
    {
        var app = new EchoBotApp();
        app.Options.Settings["RoleBot:State:Provider"] = "Postgres";
        app.Options.Settings["ConnectionStrings:RoleBotState"] = connectionString;
        app.Options.Settings["RoleBot:State:Table"] = table;
        return app;
    }

    private static async Task<string?> SendAsync(EchoBotApp app, string text, string conversation)
    {
        using var response = await app.CreateClient().PostActivityAsync(ActivityBodies.Message(text, conversationId: conversation).ExpectReplies());
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["activities"]!.AsArray().Single()!["text"]!.GetValue<string>();
    }
}
