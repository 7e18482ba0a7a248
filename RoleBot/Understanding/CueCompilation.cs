using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace RoleBot.Understanding;

/// <summary>
/// Moves the intent cues from the regex interpreter to compiled regexes once the bot has started, off every question's
/// path. Compiling them while the content loads cost the first question a JIT of each cue it ran (over a second in
/// all), and a JIT under load counted against a cue's 50 ms timeout; compiled here, each cue is run on the intent
/// examples before it is swapped in, so no question pays for it. Interpreted cues were about a twelfth of a card turn
/// (bench/README.md). A content reload's new cues are compiled within <see cref="Interval"/>.
/// </summary>
internal sealed partial class CueCompilation(
    IRoleRecognizer recognizer, IOptions<UnderstandingOptions> options, IHostApplicationLifetime lifetime, ILogger<CueCompilation> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (recognizer is not RoleRecognizer local || !options.Value.CompileCues)
        {
            return;
        }

        try
        {
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            {
                await started.Task.WaitAsync(stoppingToken);
            }

            await Task.Delay(options.Value.CompileCuesAfter, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                var model = local.Model();
                if (!model.CuesCompiled)
                {
                    var clock = Stopwatch.StartNew();
                    Compiled(logger, model.CompileCues(), clock.ElapsedMilliseconds);
                }

                await Task.Delay(Interval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // An optimisation, never a gate: interpreted cues answer the same.
            Failed(logger, ex);
        }
    }

    [LoggerMessage(1701, LogLevel.Information, "Compiled {Count} intent cues in {Milliseconds} ms")]
    private static partial void Compiled(ILogger logger, int count, long milliseconds);

    [LoggerMessage(1702, LogLevel.Warning, "Compiling the intent cues failed; they stay interpreted")]
    private static partial void Failed(ILogger logger, Exception exception);
}
