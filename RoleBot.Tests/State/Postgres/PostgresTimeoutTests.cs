using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using RoleBot.State;
using RoleBot.State.Postgres;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.State.Postgres;

/// <summary>
/// A database that does not answer, made deterministic: another session holds the conversation's row (or the
/// whole table) locked, so the store's statement waits until its command timeout, whatever the machine's speed.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTimeoutTests(PostgresCluster cluster) : IAsyncLifetime
{
    private static readonly PostgresTimeouts OneSecond = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    private readonly string _table = PostgresCluster.NewTableName();
    private readonly LogSink _logs = new();
    private PostgresStateDatabase? _database;

    [PostgresFact]
    public async Task SaveBlockedByALockedRowFailsAtTheCommandTimeoutAndLeavesTheRowAsItWas()
    {
        var store = Store();
        await store.SaveAsync("msteams/c1", new ConversationData { LastIntent = "before" }, default);
        await using var holder = await LockAsync($"SELECT 1 FROM {_table} WHERE key = 'msteams/c1' FOR UPDATE");

        var error = await Assert.ThrowsAsync<ConversationStateUnavailableException>(
            () => store.SaveAsync("msteams/c1", new ConversationData { LastIntent = "after" }, default).WaitAsync(TestTimeouts.Generous));

        Assert.StartsWith("Conversation state could not be saved in PostgreSQL after 1 attempt(s)", error.Message);
        await holder.RollbackAsync();
        Assert.Equal("before", await cluster.ScalarAsync<string>($"SELECT data->>'lastIntent' FROM {_table} WHERE key = 'msteams/c1'"));
        Assert.Contains(_logs.Lines, l => l.StartsWith("Error") && l.Contains("could not be saved in PostgreSQL"));
    }

    [PostgresFact]
    public async Task LoadBlockedByATableLockFailsAtTheCommandTimeout()
    {
        var store = Store();
        await store.SaveAsync("msteams/c1", new ConversationData(), default);
        await using var holder = await LockAsync($"LOCK TABLE {_table} IN ACCESS EXCLUSIVE MODE");

        var error = await Assert.ThrowsAsync<ConversationStateUnavailableException>(
            () => store.LoadAsync("msteams/c1", default).WaitAsync(TestTimeouts.Generous));

        Assert.StartsWith("Conversation state could not be loaded in PostgreSQL", error.Message);
    }

    [Fact]
    public void ConfiguredTimeoutsReachTheConnectionRoundedUpToWholeSeconds()
    {
        Assert.Equal(1, PostgresTimeouts.SecondsFor(TimeSpan.FromMilliseconds(10)));
        Assert.Equal(5, PostgresTimeouts.SecondsFor(PostgresTimeouts.Default.Command));
        Assert.Equal(3, PostgresTimeouts.SecondsFor(TimeSpan.FromSeconds(2.5)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private PostgresConversationStateStore Store()
    {
        var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        _database = new PostgresStateDatabase(cluster.ConnectionString, PostgresTableName.Parse(_table), maxRetries: 0, loggerFactory, OneSecond);
        return new PostgresConversationStateStore(_database, Options.Create(new ConversationStateOptions()), TimeProvider.System,
            loggerFactory.CreateLogger<PostgresConversationStateStore>());
    }

    /// <summary>A second session that takes a lock and keeps it, inside an open transaction, until disposed.</summary>
    private async Task<LockHolder> LockAsync(string sql)
    {
        var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
        return new LockHolder(connection, transaction);
    }

    private sealed class LockHolder(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public Task RollbackAsync() => transaction.RollbackAsync();

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
