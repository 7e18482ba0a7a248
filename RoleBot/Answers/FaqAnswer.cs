namespace RoleBot.Answers;

public sealed record FaqAnswer(string Id, string Question, string Answer)
{
    public IReadOnlyList<RoleRef> RelatedRoles { get; init; } = [];
    public IReadOnlyList<Citation> Sources { get; init; } = [];
}
