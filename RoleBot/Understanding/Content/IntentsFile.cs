namespace RoleBot.Understanding.Content;

/// <summary>dialogs/language-understanding/en-us/intents.json: cues, examples and thresholds per intent.</summary>
public sealed record IntentsFile
{
    public IntentThresholds Thresholds { get; init; } = new();
    public List<IntentDefinition> Intents { get; init; } = [];
}

public sealed record IntentThresholds
{
    /// <summary>Below this the bot asks to rephrase instead of guessing.</summary>
    public double MinConfidence { get; init; } = 0.45;

    /// <summary>When the top two intents are closer than this, the result is ambiguous (None).</summary>
    public double AmbiguityMargin { get; init; } = 0.08;

    public double FaqMinimum { get; init; } = 0.55;

    /// <summary>An FAQ beats a role-based intent only when its match is at least this strong.</summary>
    public double FaqStrong { get; init; } = 0.85;

    /// <summary>A role-based intent this sure, with a role named, beats an FAQ unless the FAQ's own question matches strongly.</summary>
    public double RoleIntentStrong { get; init; } = 0.9;

    /// <summary>How much example similarity alone can contribute (cues can reach 1.0).</summary>
    public double SimilarityWeight { get; init; } = 0.85;

    public double MissingRolePenalty { get; init; } = 0.85;
    public double UnexpectedRolePenalty { get; init; } = 0.6;
}

public sealed record IntentDefinition
{
    public required string Name { get; init; }

    /// <summary>How many roles the intent is about: 0 (none expected), 1, 2; -1 means any.</summary>
    public int ExpectedRoles { get; init; } = -1;

    public List<CuePattern> Cues { get; init; } = [];
    public List<string> Examples { get; init; } = [];
}

/// <summary>A regular expression over the normalised template ("{role}" stands for a role slot) and its weight in [-1, 1]; negative weights are counter-evidence.</summary>
public sealed record CuePattern(string Pattern, double Weight);
