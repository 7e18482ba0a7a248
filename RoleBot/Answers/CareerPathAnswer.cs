namespace RoleBot.Answers;

// "What comes after X" (Next: the usual next moves) or "what is higher than X" (Higher: the rungs above).
public sealed record CareerPathAnswer(RoleRef From, CareerDirection Direction)
{
    public IReadOnlyList<RoleRef> Steps { get; init; } = [];
    public IReadOnlyList<string> Caveats { get; init; } = [];
    public IReadOnlyList<Citation> Sources { get; init; } = [];
}

public enum CareerDirection { Next, Higher }
