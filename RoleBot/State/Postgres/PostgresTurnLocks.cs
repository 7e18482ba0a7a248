using System.Diagnostics;
using Npgsql;
using RoleBot.Protocol.Turns;

namespace RoleBot.State.Postgres;

/// <summary>
/// Turns of one conversation one at a time across every instance: first the process's own lock (so one waiter per
/// process holds a connection), then a PostgreSQL session advisory lock on the conversation key, held on a
/// connection of the lock pool until the turn has saved. An instance that dies drops its connection, and
/// PostgreSQL releases its locks with it.
/// </summary>
public sealed class PostgresTurnLocks(ConversationLocks local, PostgresStateDatabase database) : ITurnLocks
{
    private static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(100);

    public async Task<IAsyncDisposable?> TryEnterAsync(string key, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var held = await local.TryAcquireAsync(key, timeout, cancellationToken);
        if (held is null)
        {
            return null;
        }

        try
        {
            var remaining = timeout == Timeout.InfiniteTimeSpan ? timeout : timeout - Stopwatch.GetElapsedTime(started);
            var connection = await LockWithRetryAsync($"rolebot-turn:{database.Table}:{key}", remaining, cancellationToken);
            if (connection is null)
            {
                held.Dispose();
                return null;
            }

            return new Lease(held, connection);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    // A pooled connection the server dropped (restart, failover) fails once; the next one is fresh.
    private async Task<NpgsqlConnection?> LockWithRetryAsync(string lockName, TimeSpan remaining, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await LockAsync(lockName, remaining, cancellationToken);
            }
            catch (ConversationStateUnavailableException ex) when (attempt < 3 && ex.InnerException is NpgsqlException { IsTransient: true })
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken);
            }
        }
    }

    private async Task<NpgsqlConnection?> LockAsync(string lockName, TimeSpan remaining, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp();
        NpgsqlConnection? connection = null;
        try
        {
            connection = await database.OpenLockConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtextextended(@name, 0))", connection);
            command.Parameters.AddWithValue("name", lockName);
            for (var pause = TimeSpan.FromMilliseconds(5); ; pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks)))
            {
                if (await command.ExecuteScalarAsync(cancellationToken) is true)
                {
                    return connection;
                }

                if (remaining != Timeout.InfiniteTimeSpan && Stopwatch.GetElapsedTime(deadline) >= remaining)
                {
                    await connection.DisposeAsync();
                    return null;
                }

                await Task.Delay(pause, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            throw new ConversationStateUnavailableException($"The conversation could not be locked in PostgreSQL: {ex.Message}", ex);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            throw;
        }
    }

    private sealed class Lease(IDisposable local, NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                // unlock_all: whatever happened, the connection goes back to the pool holding nothing.
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", connection);
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                // A broken connection is discarded by the pool, and the server released its locks with it.
            }
            finally
            {
                await connection.DisposeAsync();
                local.Dispose();
            }
        }
    }
}
