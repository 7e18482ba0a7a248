namespace RoleBot.Answers;

/// <summary>Which part of the knowledge base a passage is: it words the topic and picks the full card's button.</summary>
public enum PassageTopicKind
{
    Role,
    Responsibilities,
    Skills,
    Requirements,
    Interview,
    RoleCaveat,
    Comparison,
    Dimension,
    ComparisonCaveat,
    Ordering,
    Faq,
}

/// <summary>A topic of the knowledge base: a role or a role's field, a comparison or one of its rows, an FAQ.</summary>
public sealed record PassageTopic(PassageTopicKind Kind, IReadOnlyList<RoleRef> Roles)
{
    public string? Dimension { get; init; }
    public string? FaqId { get; init; }
    public string? Question { get; init; }
}

/// <summary>An answer quoted from one passage of the knowledge base; <see cref="SecondText"/> is a comparison row's second side.</summary>
public sealed record PassageAnswer(PassageTopic Topic, string Text)
{
    public string? SecondText { get; init; }
    public IReadOnlyList<Citation> Sources { get; init; } = [];
}
