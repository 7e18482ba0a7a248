namespace RoleBot.Knowledge;

/// <summary>Where a claim comes from. Seed documents are named by file so a reviewer can open them.</summary>
public sealed record Source
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Document { get; init; }
    public string? Url { get; init; }
}
