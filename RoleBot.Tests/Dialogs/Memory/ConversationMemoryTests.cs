using Microsoft.Extensions.Options;
using RoleBot.Dialogs.Memory;
using RoleBot.State;
using RoleBot.Understanding;

namespace RoleBot.Tests.Dialogs.Memory;

public sealed class ConversationMemoryTests
{
    private readonly ConversationMemory _memory = new(Options.Create(new ConversationMemoryOptions { ContextTurns = 2, MaxRoles = 3 }));

    [Fact]
    public void KeepsTheLatestRolesOldestFirstWithoutRepeats()
    {
        var data = new ConversationData();
        _memory.Remember(data, ["a"]);
        _memory.Remember(data, ["b", "c"]);
        _memory.Remember(data, ["a"]);
        _memory.Remember(data, ["d"]);

        Assert.Equal(["c", "a", "d"], data.RecentRoleIds);
    }

    [Fact]
    public void ForgetsTheRolesAfterMoreTurnsThanConfiguredWithoutAnAnswer()
    {
        var data = new ConversationData();
        _memory.Remember(data, ["a", "b"]);
        _memory.StartTurn(data, Intent.Thanks);
        _memory.StartTurn(data, Intent.Thanks);
        Assert.Equal(["a", "b"], data.RecentRoleIds);

        _memory.StartTurn(data, Intent.Thanks);
        Assert.Empty(data.RecentRoleIds);
    }

    [Theory]
    [InlineData(Intent.Greeting)]
    [InlineData(Intent.Goodbye)]
    [InlineData(Intent.OutOfScope)]
    public void ForgetsTheRolesWhenTheTopicChanges(Intent intent)
    {
        var data = new ConversationData();
        _memory.Remember(data, ["a", "b"]);
        _memory.StartTurn(data, intent);
        Assert.Empty(data.RecentRoleIds);
    }

    [Fact]
    public void AnAnswerRestartsTheCount()
    {
        var data = new ConversationData();
        _memory.Remember(data, ["a"]);
        _memory.StartTurn(data, Intent.Rank);
        _memory.StartTurn(data, Intent.Rank);
        _memory.Remember(data, ["b"]);
        _memory.StartTurn(data, Intent.Feedback);
        _memory.StartTurn(data, Intent.Feedback);

        Assert.Equal(["a", "b"], data.RecentRoleIds);
    }
}
