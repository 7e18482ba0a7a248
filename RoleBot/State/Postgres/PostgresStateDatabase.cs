using Npgsql;

namespace RoleBot.State.Postgres;

/// <summary>
/// The connection pool and table of one store: makes sure the table exists before first use and runs every
/// command through the transient-failure retry.
/// </summary>
public sealed class PostgresStateDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresRetry _retry;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    public PostgresStateDatabase(string connectionString, PostgresTableName table, int maxRetries, ILoggerFactory loggerFactory, PostgresTimeouts? timeouts = null)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        Table = table;
        Sql = new PostgresStateSql(table);
        _logger = loggerFactory.CreateLogger<PostgresStateDatabase>();
        _retry = new PostgresRetry(maxRetries, _logger);
        Timeouts = timeouts ?? PostgresTimeouts.Default;
        _dataSource = PostgresConnectionString.CreateDataSource(connectionString, Timeouts, loggerFactory);
    }

    public PostgresTableName Table { get; }

    public PostgresTimeouts Timeouts { get; }

    internal PostgresStateSql Sql { get; }

    /// <summary>Runs one unit of work with an open connection, retried as a whole on transient failure.</summary>
    internal Task<T> RunAsync<T>(string operation, Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        _retry.RunAsync(operation, async ct =>
        {
            await EnsureSchemaAsync(ct);
            await using var connection = await _dataSource.OpenConnectionAsync(ct);
            return await work(connection, ct);
        }, cancellationToken);

    public void Dispose()
    {
        _dataSource.Dispose();
        _schemaGate.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
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
                await PostgresSchema.EnsureAsync(connection, Sql, Table, cancellationToken);
                PostgresStateLog.TableReady(_logger, Table.ToString());
                _schemaReady = true;
            }
        }
        finally
        {
            _schemaGate.Release();
        }
    }
}
