namespace RoleBot.Telemetry;

/// <summary>
/// What one turn learned about itself, filled in by whoever knows (the bot, the dialogs) and read when the turn
/// ends. Only <see cref="Channel"/>, <see cref="Intent"/>, <see cref="Outcome"/> and <see cref="Dialog"/> ever reach
/// spans and metrics; the question and the sender's name are kept for the knowledge-gap record, which cleans them.
/// </summary>
public sealed class TurnReport
{
    public string Channel { get; set; } = "unknown";

    public string? Intent { get; set; }

    /// <summary>Set by the dialogs; when none is set, a turn that ends waiting for an answer counts as clarified.</summary>
    public AnswerOutcome? Outcome { get; set; }

    public string? Dialog { get; set; }

    /// <summary>The recognizer's confidence in <see cref="Intent"/>, in [0, 1].</summary>
    public double? Confidence { get; set; }

    /// <summary>The words the bot read (mentions removed). Never exported; the gap record scrubs it first.</summary>
    public string? Question { get; set; }

    /// <summary>The sender's display name, only so the gap record can remove it from <see cref="Question"/>.</summary>
    public string? SenderName { get; set; }

    public List<string> UnknownTitles { get; } = [];

    /// <summary>The user left a question the bot had asked (cancelled it, or asked something else instead).</summary>
    public bool ClarificationAbandoned { get; set; }

    /// <summary>A "was this helpful?" vote carried by this turn: true, false, or null for none.</summary>
    public bool? Helpful { get; set; }

    /// <summary>What the vote refers to (the answer's kind and roles, as the card carried them).</summary>
    public string? VotedAnswer { get; set; }

    /// <summary>The user said the answer was wrong or unhelpful in words (a feedback intent).</summary>
    public bool NegativeFeedback { get; set; }

    /// <summary>The id of the organisation whose ladder applied (never its name); kept for the gap report, not put on spans.</summary>
    public string? Organisation { get; set; }
}
