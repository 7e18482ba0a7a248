using System.Text.Json;
using RoleBot.Dialogs.Engine;
using RoleBot.Protocol;
using RoleBot.State;
using RoleBot.Understanding;

namespace RoleBot.Tests.Dialogs.Engine;

public class DialogContextTests
{
    private static readonly DialogRegistry Registry = new(
        [new AskDialog("first", "First?"), new AskDialog("second", "Second?"), new TwoQuestionsDialog(), new HandOverDialog()]);

    private static async Task<(TestTurn Turn, DialogTurnResult Result)> TurnAsync(ConversationData data, string text, string root = "two")
    {
        var turn = new TestTurn(text, data);
        var runner = new DialogRunner(Registry, []);
        var result = await runner.RunAsync(turn.Context, data, DialogInput.FromText(TestTurn.Understood(text)), root, CancellationToken.None);
        return (turn, result);
    }

    [Fact]
    public async Task ChildResultsResumeTheParentUntilTheStackCompletes()
    {
        var data = new ConversationData();

        var (first, firstResult) = await TurnAsync(data, "hi");
        var (second, _) = await TurnAsync(data, "red");
        var (third, thirdResult) = await TurnAsync(data, "blue");

        Assert.Equal(["First?"], first.Texts);
        Assert.Equal(DialogTurnStatus.Waiting, firstResult.Status);
        Assert.Equal(["Second?"], second.Texts);
        Assert.Equal(["got red and blue"], third.Texts);
        Assert.Equal(DialogTurnStatus.Complete, thirdResult.Status);
        Assert.Empty(data.DialogStack);
    }

    [Fact]
    public async Task StackSurvivesASerializationRoundTripBetweenTurns()
    {
        var data = new ConversationData();
        await TurnAsync(data, "hi");
        await TurnAsync(data, "red");

        var restored = JsonSerializer.Deserialize<ConversationData>(JsonSerializer.Serialize(data, ActivityJson.Options), ActivityJson.Options)!;
        var (turn, _) = await TurnAsync(restored, "blue");

        Assert.Equal(["got red and blue"], turn.Texts);
    }

    [Fact]
    public async Task ReplaceDialogSwapsTheActiveDialogWithoutResumingIt()
    {
        var data = new ConversationData();

        await TurnAsync(data, "hi", root: "handover");

        Assert.Equal("first", Assert.Single(data.DialogStack).Id);
    }

    [Fact]
    public async Task CancelAllEmptiesTheStack()
    {
        var data = new ConversationData();
        await TurnAsync(data, "hi");
        var dc = new DialogContext(new TestTurn().Context, data, Registry, DialogInput.FromText(TestTurn.Understood("x")));

        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Empty(data.DialogStack);
    }

    [Fact]
    public async Task AStoredDialogThatNoLongerExistsIsDroppedAndTheRootStartsAfresh()
    {
        var data = new ConversationData { DialogStack = [new DialogInstance { Id = "removed-in-this-version" }] };

        var (turn, _) = await TurnAsync(data, "hi");

        Assert.Equal(["First?"], turn.Texts);
        Assert.Equal(["two", "first"], data.DialogStack.Select(d => d.Id));
    }

    [Fact]
    public async Task AnInterruptionThatHandlesTheTurnKeepsTheActiveDialogFromSeeingIt()
    {
        var data = new ConversationData();
        await TurnAsync(data, "hi");
        var interruption = new Moq.Mock<IDialogInterruption>();
        interruption.Setup(i => i.TryHandleAsync(Moq.It.IsAny<DialogContext>(), Moq.It.IsAny<CancellationToken>()))
            .Returns<DialogContext, CancellationToken>(async (dc, ct) =>
            {
                await dc.RepromptAsync(ct);
                return true;
            });
        var turn = new TestTurn("help", data);

        await new DialogRunner(Registry, [interruption.Object])
            .RunAsync(turn.Context, data, DialogInput.FromText(TestTurn.Understood("help", Intent.Help)), "two", CancellationToken.None);

        Assert.Equal(["First?"], turn.Texts);
        Assert.Equal(["two", "first"], data.DialogStack.Select(d => d.Id));
    }

    [Fact]
    public void RegisteringTwoDialogsWithOneIdIsRefused()
    {
        Assert.Throws<InvalidOperationException>(() => new DialogRegistry([new AskDialog("a", "?"), new AskDialog("a", "?")]));
    }
}
