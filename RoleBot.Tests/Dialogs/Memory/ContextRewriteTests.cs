using RoleBot.Dialogs.Memory;

namespace RoleBot.Tests.Dialogs.Memory;

public sealed class ContextRewriteTests
{
    private static readonly string[] PairWords = ["the two", "both of them", "of them"];
    private static readonly string[] OneWords = ["they", "them", "their", "she", "the role"];

    [Theory]
    [InlineData("who's their boss?", "who s Country Manager boss")]
    [InlineData("who is she under?", "who is Country Manager under")]
    [InlineData("who's above them?", "who s above Country Manager")]
    [InlineData("what does the role need?", "what does Country Manager need")]
    public void OneWordThatRefersBackBecomesTheNewestRole(string text, string expected)
    {
        Assert.Equal(expected, ContextRewrite.Rewrite(text, ["Director", "Country Manager"], pair: null, PairWords, OneWords));
    }

    [Theory]
    // "of them" goes with its "of": the recognizer reads "which X and Y ranks higher" as a pair question.
    [InlineData("which of them ranks higher?", "which Director and Country Manager ranks higher")]
    [InlineData("what do the two have in common?", "what do Director and Country Manager have in common")]
    public void WordsForBothBecomeTheLastTwoRoles(string text, string expected)
    {
        Assert.Equal(expected, ContextRewrite.Rewrite(text, ["Director", "Country Manager"], "Director and Country Manager", PairWords, OneWords));
    }

    [Fact]
    public void WithOneRoleRememberedWordsForBothAreLeftAndTheOthersStillReplaced()
    {
        Assert.Equal("which of them is above Director", ContextRewrite.Rewrite("which of them is above her?", ["Director"], null, PairWords, [.. OneWords.Where(w => w != "them"), "her"]));
    }

    [Theory]
    [InlineData("who is the boss of a director?")]
    [InlineData("thanks")]
    public void TextThatDoesNotReferBackIsNotRewritten(string text)
    {
        Assert.Null(ContextRewrite.Rewrite(text, ["Director"], null, PairWords, OneWords));
    }

    [Fact]
    public void NothingRememberedMeansNothingToRewrite()
    {
        Assert.Null(ContextRewrite.Rewrite("who's their boss?", [], null, PairWords, OneWords));
    }

    [Fact]
    public void ARoleNameIsNotRewrittenAgainByAWordInsideIt()
    {
        // "IT" in a role name is not the pronoun "it": names keep their case, the words looked for are lower case.
        Assert.Equal("who is Head of IT under", ContextRewrite.Rewrite("who is she under", ["Head of IT"], null, PairWords, [.. OneWords, "it"]));
    }
}
