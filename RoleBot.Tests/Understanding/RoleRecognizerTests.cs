using RoleBot.Content.Knowledge;
using RoleBot.Knowledge;
using RoleBot.Tests.Support;
using RoleBot.Understanding;

namespace RoleBot.Tests.Understanding;

public sealed class RoleRecognizerTests
{
    private static readonly RoleRecognizer Recognizer = TestRecognizer.Create(TestKnowledge.Fixture());

    [Fact]
    public void AmbiguousAbbreviationIsOneMentionWithEveryCandidate()
    {
        var result = Recognizer.Recognize("is a PM higher than a GM?");
        Assert.Equal(Intent.Rank, result.Intent);
        Assert.Equal(["project-manager", "product-manager", "program-manager"], result.Roles[0].Candidates);
        Assert.True(result.Roles[0].IsAmbiguous);
        Assert.Equal("PM", result.Roles[0].Text);
    }

    [Fact]
    public void MostSpecificRoleWinsOverQualifiedOne()
    {
        var result = Recognizer.Recognize("is the director of operations above the VP of Sales?");
        Assert.Equal(["director-of-operations"], result.Roles[0].Candidates);
        Assert.Equal(["vice-president"], result.Roles[1].Candidates);
        Assert.Equal("VP of Sales", result.Roles[1].Text);
    }

    [Theory]
    [InlineData("is a genral manager above a vise president?")]
    [InlineData("is a G.M. above a V.P.?")]
    [InlineData("are GMs above VPs?")]
    [InlineData("is the general manager's role above the vice-president's?")]
    public void RecognisesTyposAbbreviationsAndPlurals(string text)
    {
        var result = Recognizer.Recognize(text);
        Assert.Equal([["general-manager"], ["vice-president"]], result.Roles.Select(r => r.Candidates.ToArray()).ToArray());
    }

    [Fact]
    public void ReportsUnknownRolesInsteadOfGuessing()
    {
        var result = Recognizer.Recognize("is a grand vizier higher than a VP?");
        Assert.Equal(Intent.Rank, result.Intent);
        Assert.Equal(["grand vizier"], result.UnknownRoles);
        Assert.Single(result.Roles);
    }

    [Fact]
    public void FlagsQuestionsAboutTheLowerSide()
    {
        Assert.True(Recognizer.Recognize("is a GM lower than a VP?").AsksLower);
        Assert.False(Recognizer.Recognize("is a GM higher than a VP?").AsksLower);
    }

    [Theory]
    [InlineData("the second one", 2)]
    [InlineData("#3", 3)]
    [InlineData("option 1", 1)]
    [InlineData("last", -1)]
    public void ReadsChoices(string text, int ordinal) => Assert.Equal(ordinal, Recognizer.Recognize(text).Ordinal);

    [Fact]
    public void TextIsNormalisedPlainText()
    {
        var result = Recognizer.Recognize("<at>Bot</at> <b>what</b> does a <script>x()</script>COO do?");
        Assert.Equal("what does a COO do?", result.Text);
    }

    [Fact]
    public void NeverThrowsOnArbitraryInput()
    {
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 400)).Select(_ => (char)random.Next(0, 0x3000)).ToArray();
            var result = Recognizer.Recognize(new string(chars));
            Assert.InRange(result.Confidence, 0, 1);
        }

        Assert.Equal(Intent.None, Recognizer.Recognize(null!).Intent);
    }

    [Fact]
    public void RebuildsItsIndexWhenTheKnowledgeBaseIsReplaced()
    {
        var fixture = TestKnowledge.Fixture();
        var provider = new SwappableProvider(fixture);
        var recognizer = new RoleRecognizer(provider, TestRecognizer.Content());
        Assert.Empty(recognizer.Recognize("what does a chief wizard do?").Roles);

        var wizard = new Role { Id = "chief-wizard", Name = "Chief Wizard", Track = "executive", Level = 9, Description = "Casts." };
        provider.Current = new KnowledgeBase([.. fixture.Roles, wizard], [], fixture.Faqs, [], [], [], fixture.AmbiguousAliases);

        Assert.Equal(["chief-wizard"], recognizer.Recognize("what does a chief wizard do?").Roles.Single().Candidates);
    }

    private sealed class SwappableProvider(KnowledgeBase kb) : IKnowledgeBaseProvider
    {
        public KnowledgeBase Current { get; set; } = kb;
    }
}
