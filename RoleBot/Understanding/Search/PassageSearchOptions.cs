namespace RoleBot.Understanding.Search;

/// <summary>
/// Thresholds on a hit's coverage (<see cref="PassageHit.Coverage"/>), bound from "RoleBot:PassageSearch". Tuned on
/// the tuned part of the open-question set only (RoleBot.Tests/Dialogs/TestData/open-questions/SCORES.md).
/// </summary>
public sealed class PassageSearchOptions
{
    public const string Section = "RoleBot:PassageSearch";

    /// <summary>At or above it the bot answers from the passage.</summary>
    public double AnswerThreshold { get; set; } = 0.82;

    /// <summary>At or above it (and below the answer threshold) a passage's topic is offered as "Did you mean".</summary>
    public double SuggestThreshold { get; set; } = 0.45;

    /// <summary>How many topics "Did you mean" offers.</summary>
    public int Suggestions { get; set; } = 3;

    /// <summary>How many Lucene hits are weighed for coverage.</summary>
    public int Candidates { get; set; } = 12;
}
