using RoleBot.Dialogs.Answering;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Ranking;

namespace RoleBot.Tests.Dialogs.Answering;

public sealed class YesNoLeadTests
{
    private static readonly Role Manager = new() { Id = "manager", Name = "Manager", Track = "management", Level = 6, Description = "Leads a team." };
    private static readonly Role Director = new() { Id = "director", Name = "Director", Track = "executive", Level = 9, Description = "Leads a department." };

    [Theory]
    [InlineData(RankRelation.FirstHigher, RankCertainty.Definitely, false, YesNoLead.Yes)]
    [InlineData(RankRelation.FirstHigher, RankCertainty.Usually, true, YesNoLead.Reversed)]
    [InlineData(RankRelation.SecondHigher, RankCertainty.Usually, true, YesNoLead.Yes)]
    [InlineData(RankRelation.SecondHigher, RankCertainty.Definitely, false, YesNoLead.Reversed)]
    [InlineData(RankRelation.FirstHigher, RankCertainty.ItDepends, false, YesNoLead.Often)]
    [InlineData(RankRelation.SecondHigher, RankCertainty.ItDepends, false, YesNoLead.NotUsually)]
    [InlineData(RankRelation.Peers, RankCertainty.Usually, false, YesNoLead.No)]
    [InlineData(RankRelation.Peers, RankCertainty.ItDepends, true, YesNoLead.Depends)]
    [InlineData(RankRelation.Depends, RankCertainty.ItDepends, false, YesNoLead.Depends)]
    public void LeadFollowsTheVerdictNotTheWordingAsked(RankRelation relation, RankCertainty certainty, bool asksLower, string expected)
    {
        var verdict = new RankVerdict { First = Director, Second = Manager, Relation = relation, Certainty = certainty, Basis = RankBasis.SameLadder };

        Assert.Equal(expected, YesNoLead.For(verdict, asksLower));
    }
}
