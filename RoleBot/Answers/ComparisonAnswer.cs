using RoleBot.Knowledge;

namespace RoleBot.Answers;

public sealed record ComparisonAnswer(RoleRef First, RoleRef Second, string Summary)
{
    public IReadOnlyList<ComparisonDimension> Dimensions { get; init; } = [];
    public IReadOnlyList<string> Caveats { get; init; } = [];
    public IReadOnlyList<Citation> Sources { get; init; } = [];
}
