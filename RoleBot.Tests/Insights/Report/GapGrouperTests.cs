using RoleBot.Insights;
using RoleBot.Insights.Report;

namespace RoleBot.Tests.Insights.Report;

public sealed class GapGrouperTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void GroupsNearIdenticalQuestionsMostAskedFirstWithTwoExamples()
    {
        var groups = GapGrouper.Group(
        [
            Gap(0, "What does a wizard do?", "wizard"),
            Gap(1, "what does the wizard do"),
            Gap(2, "What does a Wizard do?!", "Wizard"),
            Gap(3, "what does a wizard do?"),
            Gap(4, "is a bard above a VP?", "bard"),
        ]);

        var wizard = groups[0];
        Assert.Equal(GapGrouper.QuestionKind, wizard.Kind);
        Assert.Equal(4, wizard.Count);
        Assert.Equal(Day, wizard.FirstSeen);
        Assert.Equal(Day.AddDays(3), wizard.LastSeen);
        Assert.Equal("What does a wizard do?", wizard.Text);
        Assert.Equal(2, wizard.Examples.Count);
        var title = Assert.Single(groups, g => g.Kind == GapGrouper.TitleKind && g.Text.Equals("wizard", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, title.Count);
        Assert.Equal(["fallback"], title.Reasons);
        Assert.Equal(4, groups.Count);
        Assert.True(groups.Zip(groups.Skip(1)).All(p => p.First.Count >= p.Second.Count));
    }

    [Fact]
    public void KeepsDifferentQuestionsApart()
    {
        var groups = GapGrouper.Group([Gap(0, "what does a wizard do?"), Gap(0, "how do I become a wizard?")]);

        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void VotesOnTheSameAnswerAreOneLineNamingTheAnswer()
    {
        var vote = new KnowledgeGap(Day, GapReason.NotHelpful, null, [], "msteams", "rank:gm,vp");

        var group = Assert.Single(GapGrouper.Group([vote, vote with { At = Day.AddDays(1) }]));

        Assert.Equal((GapGrouper.AnswerKind, "rank:gm,vp", 2), (group.Kind, group.Text, group.Count));
        Assert.Equal(["not_helpful"], group.Reasons);
    }

    private static KnowledgeGap Gap(int day, string question, params string[] titles) =>
        new(Day.AddDays(day), GapReason.Fallback, question, titles, "msteams");
}
