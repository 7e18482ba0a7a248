using RoleBot.Telemetry;

namespace RoleBot.Insights;

/// <summary>Which finished turns are knowledge gaps, and why. A failed turn is a fault, not a gap.</summary>
public static class GapClassifier
{
    public static GapReason? Classify(TurnReport report, double lowConfidence)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Helpful == false || report.NegativeFeedback)
        {
            return GapReason.NotHelpful;
        }

        return report.Outcome switch
        {
            AnswerOutcome.Fallback => GapReason.Fallback,
            AnswerOutcome.UnknownRole => GapReason.UnknownRole,
            _ when report.ClarificationAbandoned => GapReason.ClarificationAbandoned,
            AnswerOutcome.Answered when report.Confidence < lowConfidence && report.Question is not null => GapReason.LowConfidence,
            _ => null,
        };
    }
}
