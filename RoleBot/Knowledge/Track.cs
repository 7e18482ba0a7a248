namespace RoleBot.Knowledge;

/// <summary>A career track (executive, project, operations...). Parallel tracks do not rank against each other by level alone.</summary>
public sealed record Track
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public IReadOnlyList<string> ParallelWith { get; init; } = [];
}

/// <summary>A rung of the documented seniority ladder.</summary>
public sealed record LadderLevel(int Level, string Name, string Description);

/// <summary>An abbreviation that names several roles ("PM"); the bot must ask, never guess.</summary>
public sealed record AmbiguousAlias(string Alias, IReadOnlyList<string> Roles);
