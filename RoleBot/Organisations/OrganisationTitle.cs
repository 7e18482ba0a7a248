namespace RoleBot.Organisations;

/// <summary>One row of an organisation's ladder.csv; Line is where HR can find it again.</summary>
public sealed record OrganisationTitle
{
    public required string Title { get; init; }
    public required int Level { get; init; }
    public string? Track { get; init; }
    public string? ReportsTo { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public int Line { get; init; }
}
