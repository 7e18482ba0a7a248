namespace RoleBot.Knowledge.Ranking;

public enum RankRelation
{
    FirstHigher,
    SecondHigher,
    Peers,
    Depends,
}

public enum RankCertainty
{
    /// <summary>Same ladder or chain of command (SVP over VP; a role its subordinate reports to).</summary>
    Definitely,

    /// <summary>Different tracks at clearly different levels, or peers on one ladder.</summary>
    Usually,

    /// <summary>Equal levels across tracks, parallel tracks, or a title whose rank varies by organisation.</summary>
    ItDepends,
}

/// <summary>What a verdict rests on; RoleAnswerer.dialog.json words each one ("basis.sameLadder") for "why?".</summary>
public enum RankBasis
{
    SameRole,
    ReportingLine,
    TitleVariesButFarApart,
    TitleVaries,
    SameLevelOneLadder,
    SameLevelDifferentTracks,
    SameLadder,
    ParallelTracks,
    DifferentTracks,
    AuthorsOrdering,
}

/// <summary>
/// Who ranks higher, how sure we are, why, and what sits between the two. The sentence that states it lives in
/// content (answers.json "rank.&lt;relation&gt;.&lt;certainty&gt;"), never here.
/// </summary>
public sealed record RankVerdict
{
    public required Role First { get; init; }
    public required Role Second { get; init; }
    public required RankRelation Relation { get; init; }
    public required RankCertainty Certainty { get; init; }

    /// <summary>Why the verdict has this certainty (same ladder, reporting line, parallel tracks...).</summary>
    public required RankBasis Basis { get; init; }

    /// <summary>Ladder rungs strictly between the two roles' levels, highest first.</summary>
    public IReadOnlyList<LadderLevel> LevelsBetween { get; init; } = [];

    /// <summary>The usual reporting chain from the lower role up to the higher one, both ends included, when there is one.</summary>
    public IReadOnlyList<Role> Chain { get; init; } = [];

    public IReadOnlyList<string> Caveats { get; init; } = [];

    /// <summary>Only what supports this ordering: its quoted documents and the editorial notes it rests on, not every source of both roles.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The deciding factor when an author's ordering hedges the verdict ("In banks an AVP ranks below a director.").</summary>
    public string? Because { get; init; }

    public Role? Higher => Relation switch
    {
        RankRelation.FirstHigher => First,
        RankRelation.SecondHigher => Second,
        _ => null,
    };
}
