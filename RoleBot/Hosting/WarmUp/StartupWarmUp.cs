using System.Diagnostics;
using OpenTelemetry;

namespace RoleBot.Hosting.WarmUp;

/// <summary>
/// Runs the warm-up turns while the host starts. WebApplication starts the web server after the other hosted
/// services, so the port (and /healthz) only answers once the first question will be fast. A warm-up that fails or
/// overruns its time is logged and the bot starts anyway: it is an optimisation, never a gate.
/// </summary>
internal sealed class StartupWarmUp(WarmUpTurns turns, WarmUpEndpoint endpoint, ILogger<StartupWarmUp> logger) : IHostedService
{
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(15);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // The warm-up's turns are nobody's: OpenTelemetry records no span or measurement of them.
        using var untraced = SuppressInstrumentationScope.Begin();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeLimit);
        try
        {
            var replies = (await turns.RunAsync(limit.Token).WaitAsync(limit.Token)).Count;
            replies += await endpoint.RunAsync(limit.Token).WaitAsync(limit.Token);
            WarmUpLog.Finished(logger, replies, clock.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            WarmUpLog.TimedOut(logger, (int)TimeLimit.TotalSeconds);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            WarmUpLog.Failed(logger, ex, clock.ElapsedMilliseconds);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
