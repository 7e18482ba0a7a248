using RoleBot.Knowledge.Ranking;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Knowledge.Ranking;

public class CareerAdvisorTests
{
    private readonly CareerAdvisor _advisor = new(ShippedKnowledgeBase.Provider);

    [Fact]
    public void SeniorProjectManagerCanMoveToProgrammePortfolioOrConsulting() =>
        Assert.Equal(
            ["management-consultant", "portfolio-manager", "program-manager"],
            _advisor.NextSteps(ShippedKnowledgeBase.Role("senior-project-manager")).Select(r => r.Id).Order(StringComparer.Ordinal));

    [Fact]
    public void HigherThanProjectManagerStartsOneRungUpTheProjectTrack()
    {
        var higher = _advisor.HigherThan(ShippedKnowledgeBase.Role("project-manager"));

        Assert.Equal("senior-project-manager", higher[0].Id);
        Assert.Contains(higher, r => r.Id == "program-manager");
        Assert.All(higher, r => Assert.True(r.Level > ShippedKnowledgeBase.Role("project-manager").Level));
    }

    [Fact]
    public void HigherThanManagerIncludesSeniorManagerAndDirector()
    {
        var higher = _advisor.HigherThan(ShippedKnowledgeBase.Role("manager")).Select(r => r.Id).ToList();

        Assert.Equal("senior-manager", higher[0]);
        Assert.Contains("director", higher);
    }

    [Fact]
    public void NothingIsHigherThanTheChairOnItsTrack() =>
        Assert.Empty(_advisor.HigherThan(ShippedKnowledgeBase.Role("chair-of-the-board")));

    [Fact]
    public void HigherThanVicePresidentClimbsItsOwnLadderNotASpecialistAtTheNextLevel()
    {
        var higher = _advisor.HigherThan(ShippedKnowledgeBase.Role("vice-president")).Select(r => r.Id).ToList();

        Assert.Equal("svp", higher[0]);
        Assert.DoesNotContain("ciso", higher);
    }
}
