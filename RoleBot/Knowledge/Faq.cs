namespace RoleBot.Knowledge;

/// <summary>A question that is not role-vs-role ("what is the highest position in a company?").</summary>
public sealed record Faq
{
    public required string Id { get; init; }
    public required string Question { get; init; }
    public IReadOnlyList<string> Examples { get; init; } = [];
    public required string Answer { get; init; }
    public IReadOnlyList<string> RelatedRoles { get; init; } = [];
    public IReadOnlyList<string> Sources { get; init; } = [];
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
