namespace RoleBot.Dialogs.Prompts;

/// <summary>What a role prompt asks. Stored in the prompt's dialog state, so it is plain data.</summary>
public sealed record RolePromptOptions
{
    public required string Prompt { get; init; }

    /// <summary>Asked after an answer that named no usable role; defaults to <see cref="Prompt"/>.</summary>
    public string? RetryPrompt { get; init; }

    /// <summary>Role ids offered; when given, the answer may also be an ordinal ("the second one") or a number.</summary>
    public List<string> Choices { get; init; } = [];

    public int MaxRetries { get; init; } = 2;
}
