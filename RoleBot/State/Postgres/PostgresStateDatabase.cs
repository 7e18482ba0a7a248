using Npgsql;

namespace RoleBot.State.Postgres;

/// <summary>
/// The connection pool and table of one store: makes sure the table exists before first use and runs every
/// command through the transient-failure retry.
/// </summary>
public sealed class PostgresStateDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _lockSource;
    private readonly NpgsqlDataSource _listenSource;
    private readonly PostgresRetry _retry;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    public PostgresStateDatabase(string connectionString, PostgresTableName table, int maxRetries, ILoggerFactory loggerFactory, PostgresTimeouts? timeouts = null)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        Table = table;
        Sql = new PostgresStateSql(table);
        Tables = new PostgresSharedTables(table);
        Migrations = PostgresMigrations.For(Tables, Sql);
        _logger = loggerFactory.CreateLogger<PostgresStateDatabase>();
        _retry = new PostgresRetry(maxRetries, _logger);
        Timeouts = timeouts ?? PostgresTimeouts.Default;
        _dataSource = PostgresConnectionString.CreateDataSource(connectionString, Timeouts, loggerFactory);
        // Turn locks hold a connection for a whole turn; a pool of their own means they can never starve the
        // loads and saves those same turns are waiting for.
        _lockSource = PostgresConnectionString.CreateDataSource(connectionString, Timeouts, loggerFactory, "locks");
        // The one LISTEN connection of this instance; its own name makes it easy to tell apart in pg_stat_activity.
        _listenSource = PostgresConnectionString.CreateDataSource(connectionString, Timeouts, loggerFactory, "listen");
    }

    public PostgresTableName Table { get; }

    public PostgresTimeouts Timeouts { get; }

    public PostgresSharedTables Tables { get; }

    internal IReadOnlyList<PostgresMigration> Migrations { get; }

    internal PostgresStateSql Sql { get; }

    /// <summary>Runs one unit of work with an open connection, retried as a whole on transient failure.</summary>
    internal Task<T> RunAsync<T>(string operation, Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        _retry.RunAsync(operation, async ct =>
        {
            await EnsureSchemaAsync(ct);
            await using var connection = await _dataSource.OpenConnectionAsync(ct);
            return await work(connection, ct);
        }, cancellationToken);

    /// <summary>One transaction (committed when <paramref name="work"/> returns), retried as a whole on transient failure.</summary>
    internal Task<T> InTransactionAsync<T>(string operation, Func<NpgsqlConnection, NpgsqlTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(operation, async (connection, ct) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var result = await work(connection, transaction, ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);

    /// <summary>A connection from the lock pool, for session advisory locks; no retry (the caller decides).</summary>
    internal async Task<NpgsqlConnection> OpenLockConnectionAsync(CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        return await _lockSource.OpenConnectionAsync(cancellationToken);
    }

    /// <summary>The connection <see cref="PostgresStreamListener"/> holds for LISTEN; no retry (it reconnects itself).</summary>
    internal async Task<NpgsqlConnection> OpenListenConnectionAsync(CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        return await _listenSource.OpenConnectionAsync(cancellationToken);
    }

    /// <summary>True when a statement round-trips now (readiness); never throws, never retries.</summary>
    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await EnsureSchemaAsync(cancellationToken);
            await using var command = _dataSource.CreateCommand("SELECT 1");
            return await command.ExecuteScalarAsync(cancellationToken) is 1;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public void Dispose()
    {
        _listenSource.Dispose();
        _lockSource.Dispose();
        _dataSource.Dispose();
        _schemaGate.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _listenSource.DisposeAsync();
        await _lockSource.DisposeAsync();
        await _dataSource.DisposeAsync();
        _schemaGate.Dispose();
    }

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            if (!_schemaReady)
            {
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
                var applied = await PostgresSchema.EnsureAsync(connection, Tables, Migrations, cancellationToken);
                PostgresStateLog.TableReady(_logger, Table.ToString(), Migrations[^1].Version, applied);
                _schemaReady = true;
            }
        }
        finally
        {
            _schemaGate.Release();
        }
    }
}
