using Moq;
using RoleBot.Dialogs.Questions;
using RoleBot.Protocol;
using RoleBot.Tests.Dialogs.Engine;
using RoleBot.Understanding;
using static RoleBot.Tests.Dialogs.DialogHarness;

namespace RoleBot.Tests.Dialogs;

public class MainDialogTests
{
    private static void AssertAnswered(DialogHarness bot, Intent intent, params string[] roles) =>
        bot.Answerer.Verify(a => a.Answer(It.Is<RoleQuestion>(q => q.Intent == intent && q.RoleIds.SequenceEqual(roles))), Times.Once);

    [Fact]
    public async Task AsksForTheMissingRoleThenAnswers()
    {
        var bot = new DialogHarness();

        var ask = await bot.SayAsync("compare the CEO", Intent.Compare, Ceo);
        await bot.SayAsync("VP", Intent.None, Vp);

        Assert.Contains("compare with Chief Executive Officer", Assert.Single(ask).Text);
        Assert.Equal(InputHints.ExpectingInput, ask[0].InputHint);
        AssertAnswered(bot, Intent.Compare, "ceo", "vice-president");
        Assert.Empty(bot.Data.DialogStack);
    }

    [Fact]
    public async Task AsksForBothRolesOneAtATime()
    {
        var bot = new DialogHarness();

        var first = await bot.SayAsync("who is higher?", Intent.Rank);
        var second = await bot.SayAsync("ceo", Intent.None, Ceo);
        await bot.SayAsync("vp", Intent.None, Vp);

        Assert.Contains("first one", first[0].Text);
        Assert.Contains("Chief Executive Officer", second[0].Text);
        AssertAnswered(bot, Intent.Rank, "ceo", "vice-president");
    }

    [Theory]
    [InlineData("product", null)]
    [InlineData("2", 2)]
    [InlineData("the second one", 2)]
    public async Task DisambiguatesPmByNameOrdinalOrNumber(string answer, int? ordinal)
    {
        var bot = new DialogHarness();

        var ask = await bot.SayAsync("what does a PM do", Intent.Describe, Pm);
        await bot.SayAsync(TestTurn.Understood(answer) with { Ordinal = ordinal });

        Assert.Contains("Product Manager", ask[0].Text);
        var card = Assert.Single(ask[0].Attachments!).Content!.ToJsonString();
        Assert.Equal(3, card.Split("\"action\":\"choose\"").Length - 1);
        AssertAnswered(bot, Intent.Describe, "product-manager");
    }

    [Fact]
    public async Task GivesUpPolitelyAfterTheRetryLimit()
    {
        var bot = new DialogHarness();
        await bot.SayAsync("describe a role", Intent.Describe);

        var retry1 = await bot.SayAsync("banana");
        await bot.SayAsync("banana");
        var giveUp = await bot.SayAsync("banana");

        Assert.Equal(InputHints.ExpectingInput, retry1[0].InputHint);
        Assert.Contains("can't tell", giveUp[0].Text);
        Assert.Contains("I can", giveUp[0].Text);
        Assert.Empty(bot.Data.DialogStack);
        bot.Answerer.Verify(a => a.Answer(It.IsAny<RoleQuestion>()), Times.Never);
    }

    [Fact]
    public async Task HelpInsideAPromptShowsHelpAndAsksAgain()
    {
        var bot = new DialogHarness();
        var ask = await bot.SayAsync("compare the CEO", Intent.Compare, Ceo);

        var help = await bot.SayAsync("help", Intent.Help);

        Assert.Equal(2, help.Count);
        Assert.Equal(ask[0].Text, help[1].Text);
        Assert.Equal(["MainDialog", "CompareRolesDialog", "RolePrompt"], bot.Data.DialogStack.Select(d => d.Id));
    }

    [Fact]
    public async Task CancelInsideAPromptDropsItAndTheNextQuestionIsAnsweredNormally()
    {
        var bot = new DialogHarness();
        await bot.SayAsync("compare the CEO", Intent.Compare, Ceo);

        var cancel = await bot.SayAsync("never mind", Intent.Cancel);
        await bot.SayAsync("is the CEO higher than a VP", Intent.Rank, Ceo, Vp);

        Assert.Contains("dropped", cancel[0].Text);
        AssertAnswered(bot, Intent.Rank, "ceo", "vice-president");
        bot.Answerer.Verify(a => a.Answer(It.IsAny<RoleQuestion>()), Times.Once);
    }

    [Fact]
    public async Task AFollowUpReplacesTheAskedAboutSideOfTheLastQuestion()
    {
        var bot = new DialogHarness();
        await bot.SayAsync("is the CEO higher than a VP", Intent.Rank, Ceo, Vp);

        await bot.SayAsync("what about a program manager", Intent.FollowUp, TestTurn.MentionOf("program manager", "program-manager"));

        AssertAnswered(bot, Intent.Rank, "program-manager", "vice-president");
    }

    [Fact]
    public async Task WhyExplainsTheLastVerdictAndNeverAnswersWithoutOne()
    {
        var bot = new DialogHarness();

        var early = await bot.SayAsync("why?", Intent.Why);
        await bot.SayAsync("is the CEO higher than a VP", Intent.Rank, Ceo, Vp);
        await bot.SayAsync("why?", Intent.Why);

        Assert.Contains("nothing to explain", early[0].Text);
        AssertAnswered(bot, Intent.Why, "ceo", "vice-president");
    }

    [Fact]
    public async Task ThePairQuestionWithoutRolesIsAboutTheLastTwoRoles()
    {
        var bot = new DialogHarness();
        await bot.SayAsync("is the CEO higher than a VP", Intent.Rank, Ceo, Vp);

        await bot.SayAsync("what's the difference then?", Intent.Compare);

        AssertAnswered(bot, Intent.Compare, "ceo", "vice-president");
    }

    [Fact]
    public async Task UnknownRolesAreNamedAndNoVerdictIsGiven()
    {
        var bot = new DialogHarness();

        var reply = await bot.SayAsync(new UnderstandingResult
        {
            Text = "is a wizard higher than a CEO", Intent = Intent.Rank, Confidence = 1, Roles = [Ceo], UnknownRoles = ["wizard"],
        });

        Assert.Contains("I don't know the role 'wizard'", reply[0].Text);
        bot.Answerer.Verify(a => a.Answer(It.IsAny<RoleQuestion>()), Times.Never);
    }

    [Fact]
    public async Task NoneGetsAnHonestCannotAnswerWithWhatTheBotCanDo()
    {
        var bot = new DialogHarness();

        var reply = await bot.SayAsync("what's the weather", Intent.None);

        Assert.Contains("can't answer", reply[0].Text);
        Assert.Contains("I can", reply[0].Text);
    }
}
