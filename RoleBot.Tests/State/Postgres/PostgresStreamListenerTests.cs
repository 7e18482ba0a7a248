using RoleBot.Tests.Channels.WebChat.DirectLine.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.State.Postgres;

/// <summary>
/// A Direct Line stream open on one instance is woken by a reply another instance stores (LISTEN/NOTIFY), also after
/// the LISTEN connection was cut. The keep-alive is set far beyond the test's wait, so only a wake-up can deliver.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStreamListenerTests(PostgresCluster cluster)
{
    private const string Listening = "for Direct Line activities stored by any instance";

    [PostgresFact]
    public async Task AReplyStoredOnInstanceBWakesAStreamOpenOnInstanceA()
    {
        var table = PostgresCluster.NewTableName();
        await using var instanceA = App(table);
        await using var instanceB = App(table);
        var (ticket, stream) = await OpenStreamAsync(instanceA);
        await using var _ = stream;
        var onB = instanceB.CreateDirectLineClient();

        var posted = await onB.SendMessageAsync(ticket, WebChatActivities.Message("hello"));
        var (activities, watermarks) = await stream.ReadUntilAsync(seen => seen.Any(a => a.Role() == "bot"));

        Assert.Equal(posted, activities[0].Str("id"));
        Assert.Equal("echo hello #1", activities[1].Str("text"));
        Assert.Equal(posted, activities[1].Str("replyToId"));
        Assert.Equal("3", watermarks[^1]);
    }

    [PostgresFact]
    public async Task AStreamMissesNothingStoredWhileItsInstancesListenConnectionWasCut()
    {
        var table = PostgresCluster.NewTableName();
        await using var instanceA = App(table);
        await using var instanceB = App(table);
        var (ticket, stream) = await OpenStreamAsync(instanceA);
        await using var _ = stream;
        var onB = instanceB.CreateDirectLineClient();
        await instanceB.Logs.WaitForAsync(l => l.Contains(Listening));

        var cut = await cluster.ScalarAsync<long>("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'RoleBot listen'");
        await onB.SendMessageAsync(ticket, WebChatActivities.Message("during"));
        var (activities, _) = await stream.ReadUntilAsync(seen => seen.Any(a => a.Role() == "bot"));

        Assert.Equal(2, cut); // one LISTEN connection per instance
        Assert.Equal("echo during #1", activities[1].Str("text"));
        await instanceA.Logs.WaitForAsync(l => l.StartsWith("Warning") && l.Contains("LISTEN connection lost"));
        Assert.Equal(2, instanceA.Logs.Lines.Count(l => l.Contains(Listening)));
        Assert.DoesNotContain(instanceA.Logs.Lines, l => l.Contains(cluster.Password));
    }

    /// <summary>A page token and a started conversation on the instance, its stream open and the welcome read.</summary>
    private static async Task<(Ticket Ticket, DirectLineStream Stream)> OpenStreamAsync(EchoBotApp instance)
    {
        var client = instance.CreateDirectLineClient();
        var (ticket, streamUrl) = await DirectLineStream.StartAsync(client, (await client.PageTokenAsync()).Token);
        await instance.Logs.WaitForAsync(l => l.Contains(Listening));
        var stream = await DirectLineStream.ConnectAsync(instance, streamUrl);
        Assert.Equal("welcome", (await stream.ReadUntilAsync(seen => seen.Length > 0)).Activities[0].Str("text"));
        return (ticket, stream);
    }

    private EchoBotApp App(string table)
    {
        var app = PostgresEndpointTests.App(cluster.ConnectionString, table);
        app.Options.Settings["RoleBot:DirectLine:Secret"] = DirectLineApp.Secret;
        app.Options.Settings["RoleBot:DirectLine:StreamKeepAlive"] = "00:10:00";
        return app;
    }
}
