namespace RoleBot.Understanding;

/// <summary>What the recognizer made of one utterance. Confidence is in [0, 1].</summary>
public sealed record UnderstandingResult
{
    public required string Text { get; init; }
    public required Intent Intent { get; init; }
    public required double Confidence { get; init; }
    public IReadOnlyList<RoleMention> Roles { get; init; } = [];

    /// <summary>Words the user used as if they were roles but that the knowledge base does not know ("wizard").</summary>
    public IReadOnlyList<string> UnknownRoles { get; init; } = [];

    /// <summary>The whole message when it names no known role and is shaped like a job title ("the overlord" → "overlord").</summary>
    public string? TitleCandidate { get; init; }

    public string? FaqId { get; init; }

    /// <summary>"is X lower than Y": the user asked about the lower side. The verdict is the same; the wording answers the question asked.</summary>
    public bool AsksLower { get; init; }

    /// <summary>An ordinal or number the user gave ("the second one", "2"), 1-based, for choice prompts.</summary>
    public int? Ordinal { get; init; }

    /// <summary>Runner-up intents with their scores, best first.</summary>
    public IReadOnlyList<ScoredIntent> Alternatives { get; init; } = [];
}

public sealed record ScoredIntent(Intent Intent, double Score);
