using System.Net;

namespace RoleBot.Auth.Outbound;

internal static class RetryDelay
{
    // 429 is throttling; 412/502/503/504 are the transient Connector failures Teams documents (docs/protocol.md §3.5).
    public static bool IsTransient(HttpStatusCode status) => (int)status is 429 or 412 or 502 or 503 or 504;

    /// <summary>Null when the server asks for a wait longer than we are willing to hold the send.</summary>
    public static TimeSpan? For(HttpResponseMessage response, int attempt, AuthTuningOptions tuning, DateTimeOffset now)
    {
        var retryAfter = response.Headers.RetryAfter;
        var requested = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - now : null);
        if (requested is { } wait)
        {
            return wait > tuning.ConnectorMaxRetryAfter ? null : (wait < TimeSpan.Zero ? TimeSpan.Zero : wait);
        }

        // Exponential backoff with ±20 % jitter so that many senders do not retry in lockstep.
        var exponential = tuning.ConnectorRetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt);
        var jittered = exponential * (0.8 + (0.4 * Random.Shared.NextDouble()));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, tuning.ConnectorRetryMaxDelay.TotalMilliseconds));
    }
}
