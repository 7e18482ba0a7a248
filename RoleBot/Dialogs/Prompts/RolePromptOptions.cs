namespace RoleBot.Dialogs.Prompts;

/// <summary>What a role prompt asks. Stored in the prompt's dialog state, so it is plain data.</summary>
public sealed record RolePromptOptions
{
    public required string Prompt { get; init; }

    /// <summary>Asked after an answer that named no usable role; defaults to <see cref="Prompt"/>.</summary>
    public string? RetryPrompt { get; init; }

    /// <summary>Role ids offered; when given, the answer may also be an ordinal ("the second one") or a number.</summary>
    public List<string> Choices { get; init; } = [];

    /// <summary>What the user typed that the choices resolve ("PM"), for the wording of the question.</summary>
    public string? Mention { get; init; }

    /// <summary>The role already known when asking for the other side of a pair; its buttons ask the whole question.</summary>
    public string? PairWith { get; init; }

    public bool PairIsRank { get; init; }

    /// <summary>Roles offered as buttons next to <see cref="PairWith"/>.</summary>
    public List<string> Suggestions { get; init; } = [];

    public int MaxRetries { get; init; } = 2;
}
