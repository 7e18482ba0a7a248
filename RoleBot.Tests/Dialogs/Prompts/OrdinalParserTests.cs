using RoleBot.Dialogs.Prompts;

namespace RoleBot.Tests.Dialogs.Prompts;

public class OrdinalParserTests
{
    [Theory]
    [InlineData("2", 3, 2)]
    [InlineData("#3", 3, 3)]
    [InlineData("the second one", 3, 2)]
    [InlineData("number two", 3, 2)]
    [InlineData("1st", 3, 1)]
    [InlineData("one", 3, 1)]
    [InlineData("the last one", 3, 3)]
    [InlineData("Third!", 3, 3)]
    public void ReadsShortChoiceAnswers(string text, int count, int expected)
    {
        Assert.Equal(expected, OrdinalParser.Parse(text, count));
    }

    [Theory]
    [InlineData("product manager")]
    [InlineData("one of the managers who reports to the second director in my team")]
    [InlineData("")]
    [InlineData("the big one")]
    public void IgnoresAnswersThatAreNotAChoiceNumber(string text)
    {
        Assert.Null(OrdinalParser.Parse(text, 3));
    }
}
