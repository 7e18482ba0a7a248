namespace RoleBot.Answers;

// "What comes after X" (Next: the usual next moves), "what is higher than X" (Higher: the rungs above) or "which roles are below X" (Lower).
public sealed record CareerPathAnswer(RoleRef From, CareerDirection Direction)
{
    public IReadOnlyList<RoleRef> Steps { get; init; } = [];
    public IReadOnlyList<string> Caveats { get; init; } = [];
    public IReadOnlyList<Citation> Sources { get; init; } = [];
}

public enum CareerDirection { Next, Higher, Lower }
