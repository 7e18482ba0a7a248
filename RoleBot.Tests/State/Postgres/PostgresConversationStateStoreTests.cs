using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.State;
using RoleBot.State.Postgres;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.State.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresConversationStateStoreTests(PostgresCluster cluster) : IAsyncLifetime
{
    private static readonly TimeSpan IdleExpiry = TimeSpan.FromHours(1);
    private readonly string _table = PostgresCluster.NewTableName();
    private readonly ManualTimeProvider _time = new();
    private readonly LogSink _logs = new();
    private readonly List<PostgresStateDatabase> _databases = [];

    [PostgresFact]
    public async Task SavedStateIsLoadedBack()
    {
        var store = CreateStore();
        var saved = new ConversationData
        {
            Welcomed = true,
            LastIntent = "compare",
            LastRoleIds = ["gm", "vp"],
            RecentRoleIds = ["ceo", "gm", "vp"],
            TurnsSinceRoles = 2,
            DialogStack = [new DialogInstance { Id = "askRole", State = new JsonObject { ["missing"] = "second", ["tries"] = 2 } }],
        };

        await store.SaveAsync("msteams/c1", saved, default);
        var loaded = await store.LoadAsync("msteams/c1", default);

        Assert.True(loaded.Welcomed);
        Assert.Equal("compare", loaded.LastIntent);
        Assert.Equal(["gm", "vp"], loaded.LastRoleIds);
        Assert.Equal(["ceo", "gm", "vp"], loaded.RecentRoleIds);
        Assert.Equal(2, loaded.TurnsSinceRoles);
        Assert.Equal("askRole", Assert.Single(loaded.DialogStack).Id);
        Assert.Equal(2, (int)loaded.DialogStack[0].State["tries"]!);
        // Stored as jsonb, so operators can query it.
        Assert.Equal("compare", await cluster.ScalarAsync<string>($"SELECT data->>'lastIntent' FROM {_table} WHERE key = 'msteams/c1'"));
    }

    [PostgresFact]
    public async Task LoadOfUnknownConversationGivesFreshState()
    {
        var data = await CreateStore().LoadAsync("emulator/unknown", default);

        Assert.False(data.Welcomed);
        Assert.Empty(data.DialogStack);
        Assert.Null(data.LastIntent);
    }

    [PostgresFact]
    public async Task LoadsNeverShareMutableObjects()
    {
        var store = CreateStore();
        await store.SaveAsync("k", new ConversationData { LastRoleIds = ["gm"] }, default);

        var first = await store.LoadAsync("k", default);
        first.LastRoleIds.Add("vp");
        var second = await store.LoadAsync("k", default);

        Assert.Equal(["gm"], second.LastRoleIds);
    }

    [PostgresFact]
    public async Task DeleteForgetsTheConversationAndOnlyIt()
    {
        var store = CreateStore();
        await store.SaveAsync("slack/a", new ConversationData { Welcomed = true }, default);
        await store.SaveAsync("slack/b", new ConversationData { Welcomed = true }, default);

        await store.DeleteAsync("slack/a", default);
        await store.DeleteAsync("slack/never-saved", default);

        Assert.False((await store.LoadAsync("slack/a", default)).Welcomed);
        Assert.True((await store.LoadAsync("slack/b", default)).Welcomed);
        Assert.Equal(1L, await cluster.ScalarAsync<long>($"SELECT count(*) FROM {_table}"));
    }

    [PostgresFact]
    public async Task StateIdleLongerThanTheExpiryLoadsAsNew()
    {
        var store = CreateStore();
        await store.SaveAsync("k", new ConversationData { Welcomed = true }, default);

        _time.Advance(IdleExpiry - TimeSpan.FromSeconds(1));
        Assert.True((await store.LoadAsync("k", default)).Welcomed);

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.False((await store.LoadAsync("k", default)).Welcomed);
    }

    [PostgresFact]
    public async Task EverySaveRestartsTheIdleClock()
    {
        var store = CreateStore();
        await store.SaveAsync("k", new ConversationData { LastIntent = "first" }, default);
        _time.Advance(IdleExpiry / 2);
        var data = await store.LoadAsync("k", default);
        data.LastIntent = "second";
        await store.SaveAsync("k", data, default);

        _time.Advance(IdleExpiry * 0.75);

        Assert.Equal("second", (await store.LoadAsync("k", default)).LastIntent);
    }

    [PostgresFact]
    public async Task PurgeDeletesOnlyIdleRows()
    {
        var store = CreateStore();
        await store.SaveAsync("old", new ConversationData(), default);
        _time.Advance(IdleExpiry / 2);
        await store.SaveAsync("recent", new ConversationData(), default);
        _time.Advance(IdleExpiry / 2);

        var purged = await store.PurgeExpiredAsync(default);

        Assert.Equal(1, purged);
        Assert.Equal("recent", await cluster.ScalarAsync<string>($"SELECT string_agg(key, ',') FROM {_table}"));
    }

    [PostgresFact]
    public async Task ConcurrentSavesOfManyConversationsAllLand()
    {
        var store = CreateStore();
        var keys = Enumerable.Range(0, 40).Select(i => $"msteams/c{i}").ToList();

        await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (key, ct) =>
        {
            for (var turn = 1; turn <= 3; turn++)
            {
                var data = await store.LoadAsync(key, ct);
                data.LastRoleIds.Add($"{key}#{turn}");
                await store.SaveAsync(key, data, ct);
            }
        });

        foreach (var key in keys)
        {
            Assert.Equal([$"{key}#1", $"{key}#2", $"{key}#3"], (await store.LoadAsync(key, default)).LastRoleIds);
        }

        Assert.Equal(120L, await cluster.ScalarAsync<long>($"SELECT sum(version)::bigint FROM {_table}"));
        Assert.DoesNotContain(_logs.Lines, l => l.Contains("last write wins"));
    }

    [PostgresFact]
    public async Task ConcurrentSavesOfOneConversationAllSucceedAndOneOfThemWins()
    {
        var store = CreateStore();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            store.SaveAsync("k", new ConversationData { LastIntent = $"writer{i}" }, default)));

        Assert.StartsWith("writer", (await store.LoadAsync("k", default)).LastIntent);
        Assert.Equal(20L, await cluster.ScalarAsync<long>($"SELECT version FROM {_table}"));
    }

    [PostgresFact]
    public async Task OverlappingTurnsOnOneConversationLogAConflictAndTheLastWriteWins()
    {
        var store = CreateStore();
        await store.SaveAsync("msteams/c1", new ConversationData(), default);
        var turnA = await store.LoadAsync("msteams/c1", default);
        var turnB = await store.LoadAsync("msteams/c1", default);

        turnA.LastIntent = "a";
        await store.SaveAsync("msteams/c1", turnA, default);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains("last write wins"));
        turnB.LastIntent = "b";
        await store.SaveAsync("msteams/c1", turnB, default);

        Assert.Equal("b", (await store.LoadAsync("msteams/c1", default)).LastIntent);
        var warning = Assert.Single(_logs.Lines, l => l.Contains("last write wins"));
        Assert.StartsWith("Warning", warning);
        Assert.DoesNotContain("msteams/c1", warning);
    }

    [PostgresFact]
    public async Task TwoAppInstancesSeeEachOthersWrites()
    {
        var instanceA = CreateStore();
        var instanceB = CreateStore();

        await instanceA.SaveAsync("webchat/c1", new ConversationData { LastIntent = "from A" }, default);
        var seenByB = await instanceB.LoadAsync("webchat/c1", default);
        seenByB.LastIntent = "from B";
        await instanceB.SaveAsync("webchat/c1", seenByB, default);

        Assert.Equal("from B", (await instanceA.LoadAsync("webchat/c1", default)).LastIntent);
        await instanceB.DeleteAsync("webchat/c1", default);
        Assert.Null((await instanceA.LoadAsync("webchat/c1", default)).LastIntent);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains("last write wins"));
    }

    [PostgresFact]
    public async Task KeepsWorkingAcrossADatabaseRestart()
    {
        var store = CreateStore();
        await store.SaveAsync("k", new ConversationData { LastIntent = "before" }, default);

        // Every pooled connection is now dead; the retry replaces it.
        await cluster.RestartAsync();
        var data = await store.LoadAsync("k", default);
        data.LastIntent = "after";
        await store.SaveAsync("k", data, default);

        Assert.Equal("after", (await store.LoadAsync("k", default)).LastIntent);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
    }

    private PostgresConversationStateStore CreateStore()
    {
        var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        var database = cluster.OpenDatabase(_table, loggerFactory);
        _databases.Add(database);
        return new PostgresConversationStateStore(
            database, Options.Create(new ConversationStateOptions { IdleExpiry = IdleExpiry }), _time, loggerFactory.CreateLogger<PostgresConversationStateStore>());
    }
}
