using RoleBot.Protocol.Turns;

namespace RoleBot.Tests.Protocol.Turns;

public sealed class TurnCommitPointTests
{
    [Fact]
    public void AbandonedTurnMayNeverWrite()
    {
        var commit = new TurnCommitPoint();

        Assert.True(commit.TryAbandon());
        Assert.False(commit.TryBeginWrite());
        Assert.True(commit.IsAbandoned);
    }

    [Fact]
    public void TurnThatBeganWritingCannotBeAbandonedAndMayWriteAgain()
    {
        var commit = new TurnCommitPoint();

        Assert.True(commit.TryBeginWrite());
        Assert.False(commit.TryAbandon());
        Assert.True(commit.TryBeginWrite()); // e.g. the error handler forgetting state after a failed save
        Assert.False(commit.IsAbandoned);
    }
}
