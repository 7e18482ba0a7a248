namespace RoleBot.Insights.Report;

/// <summary>One line of the gaps report: near-identical questions, or one unknown title, with how often and when.</summary>
public sealed record GapGroup(
    string Kind,
    string Text,
    int Count,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    IReadOnlyList<string> Examples,
    IReadOnlyList<string> Reasons);
