using Microsoft.Extensions.Options;
using Npgsql;

namespace RoleBot.State.Postgres;

/// <summary>
/// Housekeeping: deletes idle conversations and every other expired shared row now and then. Every instance runs
/// one, but a pass first takes a transaction-scoped advisory lock without waiting, so one instance at a time does
/// the work and the others skip that round. The first pass at startup also brings the schema up to date.
/// </summary>
public sealed class PostgresStatePurger(
    PostgresConversationStateStore store,
    PostgresStateDatabase database,
    IOptions<PostgresStateOptions> options,
    TimeProvider time,
    ILogger<PostgresStatePurger> logger,
    IEnumerable<IPostgresPurge>? purges = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PurgeInterval;
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await PurgeOnceAsync(stoppingToken);
            }
            catch (ConversationStateUnavailableException ex)
            {
                PostgresStateLog.PurgeFailed(logger, interval, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round; false when another instance held the housekeeping lock.</summary>
    public async Task<bool> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        var counts = await database.InTransactionAsync("purged", async (connection, transaction, ct) =>
        {
            await using (var lockCommand = new NpgsqlCommand("SELECT pg_try_advisory_xact_lock(hashtext('rolebot-housekeeping:' || @table))", connection, transaction))
            {
                lockCommand.Parameters.AddWithValue("table", database.Table.Quoted);
                if (await lockCommand.ExecuteScalarAsync(ct) is not true)
                {
                    return null;
                }
            }

            var done = new List<(string What, int Count)> { ("idle conversation(s)", await store.PurgeExpiredAsync(connection, transaction, ct)) };
            foreach (var purge in purges ?? [])
            {
                done.Add((purge.What, await purge.PurgeAsync(connection, transaction, ct)));
            }

            return done;
        }, cancellationToken);

        if (counts is null)
        {
            PostgresStateLog.PurgeSkipped(logger);
            return false;
        }

        foreach (var (what, count) in counts.Where(c => c.Count > 0))
        {
            PostgresStateLog.Purged(logger, count, what, database.Table.ToString());
        }

        return true;
    }
}
