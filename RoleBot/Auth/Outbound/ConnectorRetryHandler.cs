using Microsoft.Extensions.Options;
using RoleBot.Telemetry;

namespace RoleBot.Auth.Outbound;

/// <summary>Retries throttled and transiently failed Connector calls; other 4xx are returned as they are.</summary>
internal sealed class ConnectorRetryHandler(
    IOptions<AuthTuningOptions> tuning,
    TimeProvider time,
    ILogger<ConnectorRetryHandler> logger,
    RoleBotMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await RequestBuffering.BufferAsync(request, cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!RetryDelay.IsTransient(response.StatusCode) || attempt >= tuning.Value.ConnectorMaxRetries)
            {
                return response;
            }

            if (RetryDelay.For(response, attempt, tuning.Value, time.GetUtcNow()) is not { } delay)
            {
                logger.LogWarning("Connector answered {Status} with a Retry-After beyond {Max}; giving up",
                    (int)response.StatusCode, tuning.Value.ConnectorMaxRetryAfter);
                return response;
            }

            logger.LogWarning("Connector answered {Status} to {Method} {Host}; retry {Attempt} in {Delay}",
                (int)response.StatusCode, request.Method, request.RequestUri?.Host, attempt + 1, delay);
            metrics.ConnectorRetried((int)response.StatusCode);
            response.Dispose();
            await Task.Delay(delay, time, cancellationToken);
        }
    }
}
