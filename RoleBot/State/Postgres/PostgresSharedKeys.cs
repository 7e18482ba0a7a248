using Npgsql;
using NpgsqlTypes;

namespace RoleBot.State.Postgres;

/// <summary>
/// <see cref="ISharedKeys"/> in one table. An expired row counts as absent at once (the upsert takes it over);
/// housekeeping deletes it later. The instances' clock is the app's <see cref="TimeProvider"/>, passed in.
/// </summary>
public sealed class PostgresSharedKeys(PostgresStateDatabase database, TimeProvider time) : ISharedKeys
{
    private readonly string _t = database.Tables.Keys.Quoted;

    public Task<bool> TryAddAsync(string scope, string key, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return database.RunAsync("claimed", async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand($"""
                INSERT INTO {_t} AS k (scope, key, value, expires_at) VALUES (@scope, @key, NULL, @expires)
                ON CONFLICT (scope, key) DO UPDATE SET value = NULL, expires_at = EXCLUDED.expires_at WHERE k.expires_at <= @now
                RETURNING 1
                """, connection);
            Add(command, scope, key);
            command.Parameters.AddWithValue("expires", now + lifetime);
            command.Parameters.AddWithValue("now", now);
            return await command.ExecuteScalarAsync(ct) is not null;
        }, cancellationToken);
    }

    public Task RemoveAsync(string scope, string key, CancellationToken cancellationToken) =>
        database.RunAsync("released", async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand($"DELETE FROM {_t} WHERE scope = @scope AND key = @key", connection);
            Add(command, scope, key);
            return await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    public Task PutAsync(string scope, string key, byte[] value, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var expires = time.GetUtcNow() + lifetime;
        return database.RunAsync("stored", async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand($"""
                INSERT INTO {_t} (scope, key, value, expires_at) VALUES (@scope, @key, @value, @expires)
                ON CONFLICT (scope, key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at
                """, connection);
            Add(command, scope, key);
            command.Parameters.AddWithValue("value", NpgsqlDbType.Bytea, value);
            command.Parameters.AddWithValue("expires", expires);
            return await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);
    }

    public Task<byte[]?> TakeAsync(string scope, string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return database.RunAsync("taken", async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand($"DELETE FROM {_t} WHERE scope = @scope AND key = @key AND expires_at > @now RETURNING value", connection);
            Add(command, scope, key);
            command.Parameters.AddWithValue("now", now);
            return await command.ExecuteScalarAsync(ct) as byte[];
        }, cancellationToken);
    }

    /// <summary>Deletes expired keys; returns how many.</summary>
    internal static async Task<int> PurgeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PostgresSharedTables tables, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"DELETE FROM {tables.Keys.Quoted} WHERE expires_at <= @now", connection, transaction);
        command.Parameters.AddWithValue("now", now);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add(NpgsqlCommand command, string scope, string key)
    {
        command.Parameters.AddWithValue("scope", scope);
        command.Parameters.AddWithValue("key", key);
    }
}
