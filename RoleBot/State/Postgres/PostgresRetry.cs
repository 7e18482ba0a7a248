using Npgsql;

namespace RoleBot.State.Postgres;

/// <summary>
/// A small retry for transient failures: a pooled connection the server dropped (restart, failover) fails
/// once and the next attempt gets a fresh one. Every statement the store runs is safe to repeat.
/// </summary>
internal sealed class PostgresRetry(int maxRetries, ILogger logger)
{
    private static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(200);

    public async Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work(cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsTransient(ex) && attempt <= maxRetries)
            {
                var delay = BaseDelay * attempt;
                PostgresStateLog.Retrying(logger, operation, attempt, delay.TotalMilliseconds, ex.GetType().Name, ex.Message);
                await Task.Delay(delay, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is NpgsqlException or TimeoutException)
            {
                PostgresStateLog.Failed(logger, operation, attempt, ex.GetType().Name, (ex as PostgresException)?.SqlState, ex.Message);
                throw new ConversationStateUnavailableException(
                    $"Conversation state could not be {operation} in PostgreSQL after {attempt} attempt(s): {ex.Message}", ex);
            }
        }
    }

    private static bool IsTransient(Exception ex) => ex is NpgsqlException { IsTransient: true } or TimeoutException;
}
