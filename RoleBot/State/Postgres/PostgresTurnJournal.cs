using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using RoleBot.Protocol.Queue;

namespace RoleBot.State.Postgres;

/// <summary>
/// The durable queue: a turn is inserted (committed) before its 200, leased to this instance, and deleted once
/// answered. Leases are renewed together, for the turns this instance still holds; a lapsed lease means its
/// instance died (or gave the turn up) and any instance may claim it. Lease times are the database's clock, the
/// one clock every instance shares.
/// </summary>
public sealed class PostgresTurnJournal(PostgresStateDatabase database, PostgresConversationStateStore states, IOptions<PostgresStateOptions> options) : ITurnJournal
{
    private readonly string _q = database.Tables.Queue.Quoted;
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<long, byte> _held = new();
    private readonly ConcurrentDictionary<long, byte> _toComplete = new();

    /// <summary>A turn taken over this often without being answered is left for housekeeping to drop.</summary>
    public const int MaxAttempts = 10;

    private TimeSpan Lease => options.Value.QueueLease;

    public TimeSpan MaintenanceInterval => Lease / 3;

    public async Task<long> RecordAsync(string conversationKey, string payload, CancellationToken cancellationToken)
    {
        var id = await database.RunAsync("journaled", async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand($"""
                INSERT INTO {_q} (conversation_key, payload, enqueued_at, lease_owner, lease_until)
                VALUES (@key, @payload, clock_timestamp(), @owner, clock_timestamp() + @lease) RETURNING id
                """, connection);
            command.Parameters.AddWithValue("key", conversationKey);
            command.Parameters.AddWithValue("payload", payload);
            command.Parameters.AddWithValue("owner", _owner);
            command.Parameters.AddWithValue("lease", Lease);
            return (long)(await command.ExecuteScalarAsync(ct))!;
        }, cancellationToken);
        _held[id] = 0;
        return id;
    }

    public async Task AnsweredAsync(long id, string stateKey, ConversationData? state, string replies, CancellationToken cancellationToken)
    {
        // The lease is checked and renewed by the same UPDATE that stores the replies: only the instance holding the
        // turn commits it, and nobody can claim it between this commit and the sending.
        var ours = await database.InTransactionAsync("answered", async (connection, transaction, ct) =>
        {
            await using var command = new NpgsqlCommand(
                $"UPDATE {_q} SET replies = @replies, lease_until = clock_timestamp() + @lease WHERE id = @id AND lease_owner = @owner", connection, transaction);
            command.Parameters.AddWithValue("replies", NpgsqlDbType.Jsonb, replies);
            command.Parameters.AddWithValue("lease", Lease);
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("owner", _owner);
            if (await command.ExecuteNonQueryAsync(ct) == 0)
            {
                return false;
            }

            if (state is not null)
            {
                await states.SaveAsync(connection, transaction, stateKey, state, ct);
            }

            return true;
        }, cancellationToken);
        if (!ours)
        {
            _held.TryRemove(id, out _);
            throw new JournalLeaseLostException(id);
        }
    }

    public async Task CompleteAsync(long id, CancellationToken cancellationToken)
    {
        _toComplete[id] = 0;
        try
        {
            await DeleteAsync([id], cancellationToken);
        }
        catch (ConversationStateUnavailableException)
        {
            // Still leased to us and renewed, so nobody runs it again; the next maintenance deletes it.
        }
    }

    public void Release(long id) => _held.TryRemove(id, out _);

    public async Task<IReadOnlyList<JournaledTurn>> MaintainAsync(CancellationToken cancellationToken)
    {
        if (!_toComplete.IsEmpty)
        {
            await DeleteAsync([.. _toComplete.Keys], cancellationToken);
        }

        if (!_held.IsEmpty)
        {
            await RunAsync("renewed", $"UPDATE {_q} SET lease_until = clock_timestamp() + @lease WHERE id = ANY(@ids) AND lease_owner = @owner",
                [.. _held.Keys], cancellationToken);
        }

        var claimed = await database.RunAsync("claimed", async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand($"""
                UPDATE {_q} SET lease_owner = @owner, lease_until = clock_timestamp() + @lease, attempts = attempts + 1
                WHERE id IN (SELECT id FROM {_q} WHERE lease_until < clock_timestamp() AND attempts < {MaxAttempts} ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED)
                RETURNING id, payload, replies::text
                """, connection);
            command.Parameters.AddWithValue("owner", _owner);
            command.Parameters.AddWithValue("lease", Lease);
            var rows = new List<JournaledTurn>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(new JournaledTurn(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }

            return rows;
        }, cancellationToken);
        foreach (var turn in claimed)
        {
            _held[turn.Id] = 0;
        }

        return [.. claimed.OrderBy(t => t.Id)];
    }

    private async Task DeleteAsync(long[] ids, CancellationToken cancellationToken)
    {
        await RunAsync("answered", $"DELETE FROM {_q} WHERE id = ANY(@ids)", ids, cancellationToken);
        foreach (var id in ids)
        {
            _toComplete.TryRemove(id, out _);
            _held.TryRemove(id, out _);
        }
    }

    private Task<int> RunAsync(string operation, string sql, long[] ids, CancellationToken cancellationToken) =>
        database.RunAsync(operation, async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("ids", ids);
            command.Parameters.AddWithValue("owner", _owner);
            command.Parameters.AddWithValue("lease", Lease);
            return await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);
}
