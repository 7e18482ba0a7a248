using RoleBot.Dialogs.Answering;
using RoleBot.Knowledge;

namespace RoleBot.Tests.Dialogs.Answering;

public sealed class HiringFactsTests
{
    private static readonly string[] HireWords = ["hire", "hires", "hiring", "appoint", "appoints"];

    private static readonly Role Ceo = new()
    {
        Id = "ceo", Name = "Chief Executive Officer", Abbreviations = ["CEO"], Aliases = ["chief executive"], Track = "executive", Level = 18,
        Description = "The top executive.", Responsibilities = ["Hire the executive team"],
    };

    private static readonly Role Board = new()
    {
        Id = "board-member", Name = "Board Member", Track = "board", Level = 19,
        Description = "A member of the board. The board appoints and can replace the chief executive.",
        Responsibilities = ["Approve strategy", "Appoint and oversee the chief executive"],
        Caveats = ["The board as a body appoints and oversees the CEO; a single member cannot."],
    };

    private static readonly Role Recruiter = new()
    {
        Id = "recruiter", Name = "Recruiter", Track = "hr", Level = 4,
        Description = "Runs hiring for many roles.", Responsibilities = ["Talk to the CEO weekly", "Run hiring and onboarding"],
    };

    private static readonly Role ProjectManager = new() { Id = "project-manager", Name = "Project Manager", Track = "project", Level = 6, Description = "Leads projects." };

    private static readonly KnowledgeBase Kb = TestKnowledgeBase([Ceo, Board, Recruiter, ProjectManager]);

    [Fact]
    public void ASentenceThatHiresAndNamesTheRoleIsAFactAndTheShortestOfARoleIsKept()
    {
        var facts = HiringFacts.About(Ceo, Kb, HireWords, most: 2);

        var fact = Assert.Single(facts);
        Assert.Equal("board-member", fact.Holder.Id);
        Assert.Equal("Appoint and oversee the chief executive", fact.Text);
    }

    [Fact]
    public void HiringWithoutNamingTheRoleOrNamingItWithoutHiringIsNoFact()
    {
        // The recruiter hires and talks to the CEO, but never in one sentence; the CEO's own line hires others.
        Assert.DoesNotContain(HiringFacts.About(Ceo, Kb, HireWords, most: 5), f => f.Holder.Id is "recruiter" or "ceo");
        Assert.Empty(HiringFacts.About(ProjectManager, Kb, HireWords, most: 5));
    }

    private static KnowledgeBase TestKnowledgeBase(IReadOnlyList<Role> roles) => new(roles, [], [], [], [], [], []);
}
