namespace RoleBot.Knowledge;

/// <summary>
/// What a generated comparison may state about one role: its own fields with ids resolved to names. The answer
/// side words these into rows (answers.json compare.generated.*), so no wording lives in the knowledge layer.
/// </summary>
public sealed record ComparedRole
{
    public required string Description { get; init; }

    /// <summary>The track's name, or its id when the knowledge base does not declare the track.</summary>
    public required string Track { get; init; }

    public required int Level { get; init; }

    /// <summary>The ladder's name for <see cref="Level"/>; null when the ladder does not name it.</summary>
    public string? LevelName { get; init; }

    /// <summary>Names of the roles it usually reports to; empty at the top of its chain.</summary>
    public IReadOnlyList<string> Managers { get; init; } = [];

    public IReadOnlyList<string> Responsibilities { get; init; } = [];
    public IReadOnlyList<string> Skills { get; init; } = [];
    public IReadOnlyList<string> Requirements { get; init; } = [];
}
