using RoleBot.Protocol.Turns;

namespace RoleBot.Telemetry;

/// <summary>Opens each turn's span and, when it ends, counts it and tells the sinks (the knowledge-gap recorder).</summary>
public sealed class TurnTelemetry(RoleBotMetrics metrics, IEnumerable<ITurnReportSink> sinks, TimeProvider time, ILogger<TurnTelemetry> logger)
{
    private readonly ITurnReportSink[] _sinks = [.. sinks];

    public TurnScope Begin(ITurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = context.Report();
        report.SenderName = context.Activity.From?.Name;
        var span = RoleBotTelemetry.Start("rolebot.turn", parent: TurnTraces.ParentOf(context.Activity));
        return new TurnScope(context, span, this);
    }

    internal void Ended(TurnReport report, TimeSpan duration)
    {
        metrics.TurnEnded(report.Channel, report.Intent ?? "none", report.Outcome ?? AnswerOutcome.Answered, duration);
        if (report.Helpful is { } helpful)
        {
            metrics.Voted(report.Channel, helpful);
        }

        var now = time.GetUtcNow();
        foreach (var sink in _sinks)
        {
            try
            {
                sink.TurnEnded(report, now);
            }
            catch (Exception ex)
            {
                // Telemetry must never fail a turn; the type alone says what broke without echoing any content.
                TelemetryLog.SinkFailed(logger, ex.GetType().Name);
            }
        }
    }
}
