namespace RoleBot.Insights;

/// <summary>Why a turn is a knowledge gap.</summary>
public enum GapReason
{
    Fallback,
    UnknownRole,
    LowConfidence,
    ClarificationAbandoned,
    NotHelpful,
}

public static class GapReasonNames
{
    public static string Tag(this GapReason reason) => reason switch
    {
        GapReason.Fallback => "fallback",
        GapReason.UnknownRole => "unknown_role",
        GapReason.LowConfidence => "low_confidence",
        GapReason.ClarificationAbandoned => "clarification_abandoned",
        _ => "not_helpful",
    };

    public static GapReason Parse(string tag) =>
        Enum.GetValues<GapReason>().FirstOrDefault(r => r.Tag() == tag, GapReason.Fallback);
}
