using RoleBot.Answers;
using RoleBot.Answers.Documents;
using RoleBot.Cards.Actions;
using RoleBot.Knowledge.Ranking;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Answers.Documents;

public class AnswerDocumentsTests
{
    private static AnswerDocuments Documents => CardTestContent.Documents;

    [Fact]
    public void StatesTheRankVerdictAsOneSentenceFirst()
    {
        var document = Documents.Rank(SampleAnswers.VpOverGm);

        Assert.Equal("A Vice President (VP) usually ranks above a General Manager (GM).", document.Lead);
        Assert.Equal(document.Lead, document.Text);
        Assert.True(document.LeadIsVerdict);
    }

    [Theory]
    [InlineData(RankRelation.SecondHigher, RankCertainty.Definitely, "A General Manager (GM) ranks above a Vice President (VP).")]
    [InlineData(RankRelation.Peers, RankCertainty.Usually, "A Vice President (VP) and a General Manager (GM) are usually peers at the same level.")]
    public void WordsEveryRelationFromTheTemplates(RankRelation relation, RankCertainty certainty, string expected)
    {
        Assert.Equal(expected, Documents.Rank(SampleAnswers.VpOverGm with { Relation = relation, Certainty = certainty }).Text);
    }

    [Fact]
    public void HighlightsTheTwoRolesOnTheLadder()
    {
        var ladder = Documents.Rank(SampleAnswers.VpOverGm).Sections.OfType<LadderSection>().Single();

        Assert.Equal(["Vice President (VP)", "General Manager (GM)"], ladder.Rungs.Where(r => r.Highlighted).Select(r => r.Text));
    }

    [Fact]
    public void KeepsBothEndsOfALongLadder()
    {
        var rungs = Documents.Rank(SampleAnswers.LongLadder).Sections.OfType<LadderSection>().Single().Rungs;

        Assert.Equal(DocumentLimits.ListItems, rungs.Count);
        Assert.True(rungs[0].Highlighted);
        Assert.True(rungs[^1].Highlighted);
    }

    [Theory]
    [InlineData("Operations Manager", "an Operations Manager")]
    [InlineData("HR Manager", "an HR Manager")]
    [InlineData("VP of Sales", "a VP of Sales")]
    [InlineData("University Liaison", "a University Liaison")]
    [InlineData("General Manager (GM)", "a General Manager (GM)")]
    public void ChoosesTheIndefiniteArticleBySound(string name, string expected)
    {
        Assert.Equal(expected, Names.WithArticle(name));
    }

    [Fact]
    public void CutsLongListsAndSaysHowManyWereLeftOut()
    {
        var skills = Documents.Describe(SampleAnswers.Largest).Sections.OfType<ListSection>().First();

        Assert.Equal(DocumentLimits.ListItems + 1, skills.Items.Count);
        Assert.Equal("…and 32 more", skills.Items[^1]);
        Assert.All(skills.Items, i => Assert.InRange(i.Length, 1, DocumentLimits.ItemChars));
    }

    [Fact]
    public void LeadsARoleAnswerWithTheFocusTheUserAskedAbout()
    {
        var document = Documents.Describe(SampleAnswers.ProjectManagerRole(RoleFocus.Skills));

        Assert.Equal("Key skills for a Project Manager (PM): planning; communication; and risk management.", document.Text);
        Assert.Equal("Skills", document.Sections.OfType<ListSection>().First().Heading);
    }

    [Fact]
    public void AnswersCareerPathWithStepsAndSaysWhenThereAreNone()
    {
        Assert.Equal("After a Project Manager (PM), the usual next steps are: Program Manager (PM), Portfolio Manager and PMO Director.",
            Documents.CareerPath(SampleAnswers.AfterProjectManager).Text);
        Assert.Equal("No role usually ranks above a Chief Operating Officer (COO).", Documents.CareerPath(SampleAnswers.AboveCoo).Text);
    }

    [Fact]
    public void OffersOneChoiceButtonPerCandidate()
    {
        var document = Documents.WhichRole(SampleAnswers.WhichPm);

        Assert.Equal("Which PM did you mean: Project Manager (PM), Product Manager (PM) or Program Manager (PM)?", document.Text);
        Assert.Equal(["project-manager", "product-manager", "program-manager"], document.FollowUps.Select(f => f.Payload.Role));
        Assert.All(document.FollowUps, f => Assert.Equal(CardActionKind.Choose, f.Payload.Action));
        Assert.True(document.ExpectsReply);
    }

    [Fact]
    public void CleansUserTextBeforeShowingIt()
    {
        var document = Documents.CannotAnswer(SampleAnswers.HostileUnknown);

        Assert.Equal("Sorry, I don't know the role script alert 1 script click http evil.example channel PM yet.", document.Text);
    }

    [Fact]
    public void OffersTheExampleQuestionsAsButtons()
    {
        var help = Documents.Help();

        Assert.Equal(CardTestContent.Templates.Examples.Take(DocumentLimits.FollowUps).Select(e => e.Question), help.FollowUps.Select(f => f.Payload.Text));
    }

    [Fact]
    public void ShowsAShortTitleOnTheExampleButtonButAsksTheFullQuestion()
    {
        var button = Documents.Welcome().FollowUps.Single(f => f.Payload.Text == "Difference between a project manager and an operations manager?");

        Assert.Equal("Project vs operations manager", button.Title);
    }

    [Fact]
    public void ListsTheExampleQuestionsOnePerLine()
    {
        var examples = Documents.Welcome().Sections.OfType<ListSection>().Single();

        Assert.Equal("Try asking", examples.Heading);
        Assert.Equal(["“Who is higher, GM or VP?”", "“Is COO higher than general manager?”",
            "“Difference between a project manager and an operations manager?”"], examples.Items);
    }

    [Fact]
    public void KeepsChoicesBetweenSimilarRolesDistinctOnTheirButtons()
    {
        var request = new RoleChoiceRequest("managing director",
            [new RoleRef("managing-director", "Managing Director (company)"), new RoleRef("managing-director-banking", "Managing Director (banking and consulting)")]);

        var titles = Documents.WhichRole(request).FollowUps.Select(f => f.Title);

        Assert.Equal(["Managing Director (company)", "Managing Director (banking and…)"], titles);
    }

    [Theory]
    [InlineData("managing-director-banking", "Managing Director (banking and consulting)", "What does a Managing Director do?")]
    [InlineData("vp-operations", "Vice President of Operations", "About Vice President of Operations")]
    [InlineData("svp", "Senior Vice President", "What does an SVP do?")]
    public void FitsLongRoleNamesOnAButtonWithoutCuttingThem(string id, string name, string expected)
    {
        var role = new RoleRef(id, name, id == "svp" ? "SVP" : null);

        var document = Documents.CareerPath(new CareerPathAnswer(role, CareerDirection.Next));

        Assert.Equal(expected, document.FollowUps.Single().Title);
    }
}
