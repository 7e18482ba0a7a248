using System.Diagnostics;
using RoleBot.Protocol;
using RoleBot.Protocol.Turns;

namespace RoleBot.Telemetry;

/// <summary>One turn's span and clock; disposing it ends the span and records the turn everywhere it is counted.</summary>
public sealed class TurnScope(ITurnContext context, System.Diagnostics.Activity? span, TurnTelemetry owner) : IDisposable
{
    private readonly long _started = Stopwatch.GetTimestamp();

    /// <summary>The bot threw; the turn counts as an error whatever the dialogs had decided.</summary>
    public bool Failed { get; set; }

    public void Dispose()
    {
        var report = context.Report();
        var counted = context.Activity.IsType(ActivityTypes.Message) || context.Activity.IsType(ActivityTypes.Invoke);
        var outcome = Failed ? AnswerOutcome.Error : report.Outcome ?? AnswerOutcome.Answered;
        report.Outcome = outcome;
        report.Intent ??= "none";
        if (span is not null)
        {
            span.SetTag("rolebot.channel", report.Channel);
            span.SetTag("rolebot.intent", report.Intent);
            span.SetTag("rolebot.outcome", outcome.Tag());
            span.SetTag("rolebot.dialog", report.Dialog);
            if (Failed)
            {
                span.SetStatus(ActivityStatusCode.Error);
            }

            span.Dispose();
        }

        if (counted)
        {
            owner.Ended(report, Stopwatch.GetElapsedTime(_started));
        }
    }
}
