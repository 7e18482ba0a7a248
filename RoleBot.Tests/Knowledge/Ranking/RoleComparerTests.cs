using RoleBot.Answers;
using RoleBot.Answers.Documents;
using RoleBot.Knowledge.Ranking;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Knowledge.Ranking;

public class RoleComparerTests
{
    private readonly RoleComparer _comparer = new(ShippedKnowledgeBase.Provider, new RoleRanker(ShippedKnowledgeBase.Provider));

    [Fact]
    public void CuratedComparisonIsOrientedAsAsked()
    {
        var comparison = _comparer.Compare(ShippedKnowledgeBase.Role("operations-manager"), ShippedKnowledgeBase.Role("project-manager"));

        Assert.False(comparison.Generated);
        Assert.Equal("operations-manager", comparison.First);
        var focus = comparison.Dimensions.Single(d => d.Name == "Focus");
        Assert.Contains("day-to-day", focus.First, StringComparison.Ordinal);
        Assert.Contains("temporary", focus.Second, StringComparison.Ordinal);
    }

    [Fact]
    public void PairWithoutCuratedEntryIsGeneratedFromBothRoles()
    {
        var cfo = ShippedKnowledgeBase.Role("cfo");
        var analyst = ShippedKnowledgeBase.Role("analyst");

        var comparison = _comparer.Compare(cfo, analyst);

        Assert.True(comparison.Generated);
        Assert.Equal(cfo.Description, comparison.Facts!.First.Description);
        Assert.Equal(analyst.Description, comparison.Facts.Second.Description);
        Assert.Equal(cfo.Skills, comparison.Facts.First.Skills);
        Assert.Equal(["Senior Analyst", "Manager"], comparison.Facts.Second.Managers);
        Assert.Equal(cfo.Sources.Concat(analyst.Sources).Distinct(), comparison.Sources);
        var document = CardTestContent.Documents.Compare(AnswerMapper.Compare(comparison, ShippedKnowledgeBase.Instance));
        var rows = document.Sections.OfType<SideBySideSection>().Single().Rows;
        Assert.Equal(cfo.Description, rows.Single(r => r.Aspect == "Focus").Left);
        Assert.Equal(analyst.Description, rows.Single(r => r.Aspect == "Focus").Right);
        Assert.Contains(rows, r => r.Aspect == "Position");
        Assert.Contains(rows, r => r.Aspect == "Skills");
        Assert.Equal("A Chief Financial Officer (CFO) usually ranks above an Analyst.", document.Lead);
    }

    [Fact]
    public void EveryCuratedComparisonNamesRolesAndCitesSources() => Assert.All(ShippedKnowledgeBase.Instance.Comparisons, c =>
    {
        Assert.NotNull(ShippedKnowledgeBase.Instance.FindRole(c.First));
        Assert.NotNull(ShippedKnowledgeBase.Instance.FindRole(c.Second));
        Assert.NotEmpty(c.Sources);
        Assert.NotEmpty(c.Dimensions);
    });
}
