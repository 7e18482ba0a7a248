namespace RoleBot.Answers;

// What a role is. Focus is the part the user asked about ("what skills does a PM need"); it leads the card.
public sealed record RoleAnswer(RoleRef Role, string Description, RoleFocus Focus = RoleFocus.Overview)
{
    public IReadOnlyList<string> Responsibilities { get; init; } = [];
    public IReadOnlyList<string> Skills { get; init; } = [];
    public IReadOnlyList<string> Requirements { get; init; } = [];
    public IReadOnlyList<string> InterviewQuestions { get; init; } = [];
    public IReadOnlyList<RoleRef> ReportsTo { get; init; } = [];
    public IReadOnlyList<RoleRef> NextSteps { get; init; } = [];
    public IReadOnlyList<string> Caveats { get; init; } = [];
    public IReadOnlyList<Citation> Sources { get; init; } = [];
}

public enum RoleFocus { Overview, Responsibilities, Skills, Requirements, ReportsTo, Interview }
