namespace RoleBot.Insights;

/// <summary>
/// One turn RoleBot could not answer well. It holds no user id or name: the question is scrubbed
/// (<see cref="GapScrubber"/>) before a record is made.
/// </summary>
/// <param name="Answer">For a "not helpful" vote, what the answer was about (its kind and roles).</param>
/// <param name="Organisation">The id of the organisation whose ladder applied, if any.</param>
public sealed record KnowledgeGap(
    DateTimeOffset At,
    GapReason Reason,
    string? Question,
    IReadOnlyList<string> UnknownTitles,
    string Channel,
    string? Answer = null,
    string? Organisation = null);
