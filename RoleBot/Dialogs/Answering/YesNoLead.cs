using RoleBot.Knowledge.Ranking;

namespace RoleBot.Dialogs.Answering;

/// <summary>
/// Which answer a yes/no rank question gets before the verdict. The question asserts that its first role is higher
/// (or, with "lower", that it is lower); the knowledge base's verdict and certainty decide, never the wording asked.
/// </summary>
public static class YesNoLead
{
    public const string Yes = "rank.lead.yes";
    public const string No = "rank.lead.no";
    public const string Often = "rank.lead.often";
    public const string NotUsually = "rank.lead.notUsually";
    public const string Depends = "rank.lead.depends";

    /// <summary>The claim has the two roles the wrong way round ("is a director under a manager?").</summary>
    public const string Reversed = "rank.lead.reversed";

    public static readonly string[] Keys = [Yes, No, Often, NotUsually, Depends, Reversed];

    public static string For(RankVerdict verdict, bool asksLower)
    {
        var hedged = verdict.Certainty == RankCertainty.ItDepends;
        return verdict.Relation switch
        {
            RankRelation.Depends => Depends,
            RankRelation.Peers => hedged ? Depends : No,
            RankRelation.FirstHigher or RankRelation.SecondHigher when (verdict.Relation == RankRelation.FirstHigher) != asksLower =>
                hedged ? Often : Yes,
            _ => hedged ? NotUsually : Reversed,
        };
    }
}
