using RoleBot.Protocol.Turns;

namespace RoleBot.Tests.Protocol.Turns;

public sealed class ConversationLocksTests
{
    [Fact]
    public async Task SecondTurnOfAConversationWaitsForTheFirst()
    {
        var locks = new ConversationLocks();
        var first = await locks.AcquireAsync("msteams/a", CancellationToken.None);

        var second = locks.AcquireAsync("msteams/a", CancellationToken.None);
        await Task.Yield();
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task OtherConversationsDoNotWait()
    {
        var locks = new ConversationLocks();
        using var first = await locks.AcquireAsync("msteams/a", CancellationToken.None);

        var other = locks.AcquireAsync("msteams/b", CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
    }

    [Fact]
    public async Task ForgetsAConversationOnceNoTurnHoldsOrAwaitsIt()
    {
        var locks = new ConversationLocks();
        var first = await locks.AcquireAsync("msteams/a", CancellationToken.None);
        var second = locks.AcquireAsync("msteams/a", CancellationToken.None);

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();

        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task ACancelledWaiterLeavesNothingBehind()
    {
        var locks = new ConversationLocks();
        var first = await locks.AcquireAsync("msteams/a", CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiter = locks.AcquireAsync("msteams/a", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter);
        first.Dispose();
        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task ABoundedWaitGivesUpOnABusyConversationAndLeavesNothingBehind()
    {
        var locks = new ConversationLocks();
        var first = await locks.AcquireAsync("msteams/a", CancellationToken.None);

        var second = await locks.TryAcquireAsync("msteams/a", TimeSpan.FromMilliseconds(50), CancellationToken.None);

        Assert.Null(second);
        first.Dispose();
        Assert.Equal(0, locks.Count);
    }
}
