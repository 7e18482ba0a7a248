using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.State;
using RoleBot.State.Postgres;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.State.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStatePurgerTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task ThePurgerDeletesIdleConversationsInTheBackground()
    {
        var table = PostgresCluster.NewTableName();
        var logs = new LogSink();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs));
        await using var database = cluster.OpenDatabase(table, loggerFactory);
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow);
        var store = new PostgresConversationStateStore(database, Options.Create(new ConversationStateOptions { IdleExpiry = TimeSpan.FromMinutes(5) }),
            time, loggerFactory.CreateLogger<PostgresConversationStateStore>());
        await store.SaveAsync("idle", new ConversationData(), default);
        time.Advance(TimeSpan.FromMinutes(10));
        await store.SaveAsync("active", new ConversationData(), default);

        using var purger = new PostgresStatePurger(store, database, Options.Create(new PostgresStateOptions { PurgeInterval = TimeSpan.FromHours(1) }),
            TimeProvider.System, loggerFactory.CreateLogger<PostgresStatePurger>());
        await purger.StartAsync(default);
        await logs.WaitForAsync(l => l.Contains($"Purged 1 idle conversation(s) from {table}"));
        await purger.StopAsync(default);

        Assert.Equal("active", await cluster.ScalarAsync<string>($"SELECT string_agg(key, ',') FROM {table}"));
    }

    [PostgresFact]
    public async Task HousekeepingIsSkippedWhileAnotherInstanceHoldsItsLock()
    {
        var table = PostgresCluster.NewTableName();
        await using var database = cluster.OpenDatabase(table);
        var store = new PostgresConversationStateStore(database, Options.Create(new ConversationStateOptions()), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<PostgresConversationStateStore>.Instance);
        using var purger = new PostgresStatePurger(store, database, Options.Create(new PostgresStateOptions()), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<PostgresStatePurger>.Instance);
        Assert.True(await purger.PurgeOnceAsync(default));

        await using var other = Npgsql.NpgsqlDataSource.Create(cluster.ConnectionString);
        await using var connection = await other.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var hold = new Npgsql.NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('rolebot-housekeeping:' || @table))", connection, transaction);
        hold.Parameters.AddWithValue("table", $"\"{table}\"");
        await hold.ExecuteNonQueryAsync();

        Assert.False(await purger.PurgeOnceAsync(default));
    }
}
