using Microsoft.Extensions.Options;

namespace RoleBot.State.Postgres;

/// <summary>
/// Deletes idle conversations now and then. Every instance runs one; the deletes are idempotent, so that is
/// harmless, and the first pass at startup also creates the table before the first turn needs it.
/// </summary>
public sealed class PostgresStatePurger(
    PostgresConversationStateStore store,
    PostgresStateDatabase database,
    IOptions<PostgresStateOptions> options,
    TimeProvider time,
    ILogger<PostgresStatePurger> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PurgeInterval;
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                var count = await store.PurgeExpiredAsync(stoppingToken);
                if (count > 0)
                {
                    PostgresStateLog.Purged(logger, count, database.Table.ToString());
                }
            }
            catch (ConversationStateUnavailableException ex)
            {
                PostgresStateLog.PurgeFailed(logger, interval, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
