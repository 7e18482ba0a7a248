namespace RoleBot.Telemetry;

/// <summary>How a turn ended for the person who asked: the <c>outcome</c> attribute of <c>rolebot.turns</c>.</summary>
public enum AnswerOutcome
{
    Answered,
    Clarified,
    Fallback,
    UnknownRole,
    Error,
}

public static class AnswerOutcomeNames
{
    /// <summary>The attribute value: snake_case, as OpenTelemetry's semantic conventions spell values.</summary>
    public static string Tag(this AnswerOutcome outcome) => outcome switch
    {
        AnswerOutcome.Answered => "answered",
        AnswerOutcome.Clarified => "clarified",
        AnswerOutcome.Fallback => "fallback",
        AnswerOutcome.UnknownRole => "unknown_role",
        _ => "error",
    };
}
