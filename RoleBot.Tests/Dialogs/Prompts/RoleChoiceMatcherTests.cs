using RoleBot.Dialogs.Engine;
using RoleBot.Dialogs.Prompts;
using RoleBot.Tests.Dialogs.Engine;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Dialogs.Prompts;

public class RoleChoiceMatcherTests
{
    private static readonly List<string> PmChoices = ["project-manager", "product-manager", "program-manager"];

    private static RoleChoiceMatch Match(string text, IReadOnlyList<string> choices, params RoleBot.Understanding.RoleMention[] mentions) =>
        RoleChoiceMatcher.Match(DialogInput.FromText(TestTurn.Understood(text, RoleBot.Understanding.Intent.None, mentions)), choices, TestKnowledge.FiveRoles());

    [Theory]
    [InlineData("product", "product-manager")]
    [InlineData("Project", "project-manager")]
    public void PicksAChoiceByDistinctWord(string text, string expected)
    {
        Assert.Equal(expected, Match(text, PmChoices).RoleId);
    }

    // The recognizer reads ordinals ("the third one" is 3, "last" is OrdinalParser.Last); the matcher places them.
    [Theory]
    [InlineData("the third one", 3, "program-manager")]
    [InlineData("2", 2, "product-manager")]
    [InlineData("the last one", RoleBot.Understanding.Intents.OrdinalParser.Last, "program-manager")]
    public void PicksAChoiceByTheRecognisedOrdinal(string text, int ordinal, string expected)
    {
        var understanding = TestTurn.Understood(text) with { Ordinal = ordinal };

        Assert.Equal(expected, RoleChoiceMatcher.Match(DialogInput.FromText(understanding), PmChoices, TestKnowledge.FiveRoles()).RoleId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void AnOrdinalOutsideTheChoicesPicksNothing(int ordinal)
    {
        var understanding = TestTurn.Understood("that one") with { Ordinal = ordinal };

        Assert.Null(RoleChoiceMatcher.Match(DialogInput.FromText(understanding), PmChoices, TestKnowledge.FiveRoles()).RoleId);
    }

    [Fact]
    public void PicksAChoiceByRecognisedName()
    {
        Assert.Equal("program-manager", Match("program manager", PmChoices, TestTurn.Mention("program manager", "program-manager")).RoleId);
    }

    [Fact]
    public void AWordEveryChoiceSharesPicksNothing()
    {
        Assert.Null(Match("manager", PmChoices).RoleId);
    }

    [Fact]
    public void ANumberOutsideTheChoicesPicksNothing()
    {
        Assert.Null(Match("7", PmChoices).RoleId);
    }

    [Fact]
    public void WithoutChoicesAnAmbiguousMentionAsksRatherThanGuesses()
    {
        var match = Match("PM", [], TestTurn.Mention("PM", [.. PmChoices]));

        Assert.True(match.IsAmbiguous);
        Assert.Equal(PmChoices, match.Candidates);
    }

    [Fact]
    public void AClickedRoleOutsideTheOfferedChoicesIsRejected()
    {
        var input = new DialogInput(TestTurn.Understood(""), SelectedRoleId: "ceo");

        Assert.Null(RoleChoiceMatcher.Match(input, PmChoices, TestKnowledge.FiveRoles()).RoleId);
    }

    [Fact]
    public void RolesUnknownToTheKnowledgeBaseAreIgnored()
    {
        Assert.Null(Match("wizard", [], TestTurn.Mention("wizard", "wizard")).RoleId);
    }
}
