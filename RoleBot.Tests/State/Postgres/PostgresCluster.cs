using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using RoleBot.State.Postgres;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.State.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster for the test run: initdb into a temp dir, the server on 127.0.0.1 with a free
/// port (socket in the temp dir, so nothing clashes with a system cluster), one database, password auth over
/// TCP. Stopped and deleted at the end.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    public const string User = "rolebot";
    public const string Database = "rolebot_tests";

    private string _binDir = "";
    private string _root = "";
    private string DataDir => Path.Combine(_root, "data");

    public int Port { get; private set; }

    /// <summary>Random per run, so tests can prove it never reaches logs or messages.</summary>
    public string Password { get; } = $"pw-{Guid.NewGuid():N}";

    public string ConnectionString => ConnectionStringFor(Database);

    public async Task InitializeAsync()
    {
        if (PostgresFactAttribute.SkipRequested)
        {
            return;
        }

        _binDir = PostgresBinaries.Find();
        _root = Directory.CreateTempSubdirectory("rolebot-pg-").FullName;
        try
        {
            await CreateAsync();
        }
        catch
        {
            // xunit does not dispose a fixture that failed to initialize: stop and delete what was started.
            await DisposeAsync();
            throw;
        }
    }

    private async Task CreateAsync()
    {
        await ProcessRunner.GiveToServiceUserAsync(_root);
        var passwordFile = Path.Combine(_root, "pwfile");
        await File.WriteAllTextAsync(passwordFile, Password);
        await ProcessRunner.RunAsync(Tool("initdb"), "-D", DataDir, "-U", User, "--pwfile", passwordFile,
            "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--no-sync", "--no-instructions");
        File.Delete(passwordFile);

        await StartOnFreePortAsync();
        await using var admin = NpgsqlDataSource.Create(ConnectionStringFor("postgres"));
        await using var create = admin.CreateCommand($"CREATE DATABASE {Database}");
        await create.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (_root.Length == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            if (Port != 0)
            {
                await ProcessRunner.RunAsync(Tool("pg_ctl"), "-D", DataDir, "-m", "immediate", "-w", "stop");
            }
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    public string ConnectionStringFor(string database, string? password = null, int? port = null) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port ?? Port,
            Username = User,
            Password = password ?? Password,
            Database = database,
            Timeout = 5,
        }.ConnectionString;

    /// <summary>Simulates a database restart (failover, maintenance): every pooled connection dies.</summary>
    public async Task RestartAsync()
    {
        await ProcessRunner.RunAsync(Tool("pg_ctl"), "-D", DataDir, "-m", "fast", "-w", "restart");
    }

    /// <summary>Stops the server (fast shutdown: connections are cut) until <see cref="StartAsync"/>, on the same port.</summary>
    public Task StopAsync() => ProcessRunner.RunAsync(Tool("pg_ctl"), "-D", DataDir, "-m", "fast", "-w", "stop");

    public Task StartAsync() => ProcessRunner.RunAsync(Tool("pg_ctl"), "-D", DataDir, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
        "-o", $"-h 127.0.0.1 -p {Port} -k {_root} -c fsync=off -c full_page_writes=off -c synchronous_commit=off", "start");

    /// <summary>A store as one app instance would have it: its own pool, a table of the test's choosing.</summary>
    public PostgresStateDatabase OpenDatabase(string table, ILoggerFactory? loggerFactory = null, string? connectionString = null) =>
        new(connectionString ?? ConnectionString, PostgresTableName.Parse(table), maxRetries: 2, loggerFactory ?? NullLoggerFactory.Instance);

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull or null ? default : (T)value;
    }

    public static string NewTableName() => $"t_{Guid.NewGuid():N}";

    /// <summary>A string as an SQL literal, for the rows tests write by hand.</summary>
    public static string Literal(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";

    private async Task StartOnFreePortAsync()
    {
        // The port is free when picked but could be taken before the server binds it, so try a few.
        for (var attempt = 1; ; attempt++)
        {
            var port = LoopbackPorts.Free();
            try
            {
                // fsync off: the cluster is thrown away, durability would only slow the tests.
                await ProcessRunner.RunAsync(Tool("pg_ctl"), "-D", DataDir, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
                    "-o", $"-h 127.0.0.1 -p {port} -k {_root} -c fsync=off -c full_page_writes=off -c synchronous_commit=off", "start");
                Port = port;
                return;
            }
            catch (InvalidOperationException ex)
            {
                var log = Path.Combine(_root, "server.log");
                if (attempt >= 3)
                {
                    throw new InvalidOperationException($"{ex.Message}\nServer log:\n{(File.Exists(log) ? await File.ReadAllTextAsync(log) : "(none)")}", ex);
                }
            }
        }
    }

    private string Tool(string name) => Path.Combine(_binDir, name);
}
