using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using RoleBot.Protocol;

namespace RoleBot.State.Postgres;

/// <summary>
/// Conversation state shared by every app instance through one PostgreSQL table. A row idle for longer than
/// RoleBot:State:IdleExpiry loads as a fresh conversation and is purged later. Turns of one conversation are
/// serialised across instances (<see cref="PostgresTurnLocks"/>), so a save never overwrites a newer one; should a
/// turn run without the lock anyway (an inline turn that gave up waiting), the version column detects the overlap
/// and a warning is logged. A turn's own state is never partly written.
/// </summary>
public sealed class PostgresConversationStateStore(
    PostgresStateDatabase database,
    IOptions<ConversationStateOptions> options,
    TimeProvider time,
    ILogger<PostgresConversationStateStore> logger) : IConversationStateStore
{
    // The version each loaded object was read at, without adding anything to ConversationData itself.
    private readonly ConditionalWeakTable<ConversationData, StrongBox<long>> _loadedVersions = [];

    public async Task<ConversationData> LoadAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var cutoff = time.GetUtcNow() - options.Value.IdleExpiry;
        var row = await database.RunAsync("loaded", async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand(database.Sql.Load, connection);
            command.Parameters.AddWithValue("key", key);
            command.Parameters.AddWithValue("cutoff", cutoff);
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) ? new Row(reader.GetString(0), reader.GetInt64(1), reader.GetBoolean(2)) : null;
        }, cancellationToken);

        if (row is not { Live: true })
        {
            var fresh = new ConversationData();
            // No row: a save must create it (version 1). An expired row: starting over, nothing to compare with.
            if (row is null)
            {
                _loadedVersions.AddOrUpdate(fresh, new StrongBox<long>(0));
            }

            return fresh;
        }

        var data = JsonSerializer.Deserialize<ConversationData>(row.Json, ActivityJson.Options)
            ?? throw new InvalidOperationException("Stored conversation state is JSON null.");
        _loadedVersions.AddOrUpdate(data, new StrongBox<long>(row.Version));
        return data;
    }

    public Task SaveAsync(string key, ConversationData data, CancellationToken cancellationToken) =>
        database.RunAsync("saved", (connection, ct) => SaveAsync(connection, null, key, data, ct), cancellationToken);

    /// <summary>The save, as part of a caller's transaction (a journaled turn commits its state with its replies).</summary>
    internal async Task<long> SaveAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string key, ConversationData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(data);
        await using var command = new NpgsqlCommand(database.Sql.Save, connection, transaction);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("data", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(data, ActivityJson.Options));
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        var written = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        if (_loadedVersions.TryGetValue(data, out var loaded))
        {
            if (written != loaded.Value + 1)
            {
                PostgresStateLog.Conflict(logger, PostgresStateLog.Tag(key), loaded.Value + 1, written);
            }

            loaded.Value = written;
        }

        return written;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return database.RunAsync("deleted", async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand(database.Sql.Delete, connection);
            command.Parameters.AddWithValue("key", key);
            return await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);
    }

    /// <summary>Deletes rows idle past the expiry; returns how many. Loads ignore them anyway, so this only frees space.</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) =>
        database.InTransactionAsync("purged", PurgeExpiredAsync, cancellationToken);

    internal async Task<int> PurgeExpiredAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(database.Sql.Purge, connection, transaction);
        command.Parameters.AddWithValue("cutoff", time.GetUtcNow() - options.Value.IdleExpiry);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed record Row(string Json, long Version, bool Live);
}
