using System.Net;
using System.Text.Json.Nodes;
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
    public async Task ADatabaseOutageAnswers503WithRetryAfterLogsWhyAndKeepsThePasswordOut()
    {
        var unreachable = cluster.ConnectionStringFor(PostgresCluster.Database, port: LoopbackPorts.Free());
        await using var app = App(unreachable, PostgresCluster.NewTableName());

        using var response = await app.CreateClient().PostActivityAsync(ActivityBodies.Message("hello", conversationId: $"{Guid.NewGuid()}|livechat").ExpectReplies());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("5", response.Headers.GetValues("Retry-After").Single());
        var logs = app.Logs.Lines;
        Assert.Contains(logs, l => l.StartsWith("Warning") && l.Contains("shared state is unavailable"));
        Assert.DoesNotContain(logs, l => l.Contains(cluster.Password));
    }

    internal static EchoBotApp App(string connectionString, string table)
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
