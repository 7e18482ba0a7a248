using Npgsql;
using RoleBot.Channels.WebChat.DirectLine.Streams;

namespace RoleBot.State.Postgres;

/// <summary>
/// One dedicated connection per instance that LISTENs for the conversation ids other instances NOTIFY as they
/// append Direct Line activities, and wakes the streams open here. When the connection drops (database restart)
/// it connects again with backoff and then wakes every stream, which re-reads from its watermark: whatever was
/// stored while nobody listened is delivered, nothing twice.
/// </summary>
public sealed class PostgresStreamListener(PostgresStateDatabase database, DirectLineStreamHub streams, ILogger<PostgresStreamListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    // A quiet connection is pinged this often, so a dead one (no RST ever arrived) is noticed.
    private static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(15);

    private readonly string _channel = PostgresWakeChannel.For(database.Tables);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = FirstDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(() => delay = FirstDelay, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever went wrong, the instance keeps serving (streams fall back to their keep-alive re-reads) and tries again.
                PostgresListenLog.Lost(logger, delay.TotalMilliseconds, ex.GetType().Name, ex.Message);
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
            }
        }
    }

    private async Task ListenAsync(Action connected, CancellationToken stoppingToken)
    {
        await using var connection = await database.OpenListenConnectionAsync(stoppingToken);
        connection.Notification += (_, e) => streams.Wake(e.Payload);
        // The channel comes from the validated table name, never from input.
        await using (var listen = new NpgsqlCommand($"LISTEN \"{_channel}\"", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        connected();
        PostgresListenLog.Listening(logger, _channel);
        streams.WakeAll();
        while (true)
        {
            if (!await connection.WaitAsync(PingInterval, stoppingToken))
            {
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteNonQueryAsync(stoppingToken);
            }
        }
    }
}
