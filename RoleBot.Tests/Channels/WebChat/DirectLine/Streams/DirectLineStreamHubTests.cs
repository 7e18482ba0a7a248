using Microsoft.Extensions.Options;
using RoleBot.Channels.WebChat.DirectLine;
using RoleBot.Channels.WebChat.DirectLine.Streams;

namespace RoleBot.Tests.Channels.WebChat.DirectLine.Streams;

public sealed class DirectLineStreamHubTests
{
    private readonly DirectLineStreamHub _hub = new(Options.Create(new DirectLineOptions { MaxStreams = 3, MaxStreamsPerConversation = 2 }));

    [Fact]
    public async Task WakeReachesOnlyTheConversationsStreamsAndManyWakesCoalesceIntoOne()
    {
        using var mine = _hub.TryOpen("a")!;
        using var other = _hub.TryOpen("b")!;

        _hub.Wake("a");
        _hub.Wake("a");

        Assert.True(await mine.WaitAsync(TimeSpan.Zero, default));
        Assert.False(await mine.WaitAsync(TimeSpan.Zero, default));
        Assert.False(await other.WaitAsync(TimeSpan.Zero, default));
    }

    [Fact]
    public async Task WakeAllReachesEveryOpenStream()
    {
        using var a = _hub.TryOpen("a")!;
        using var b = _hub.TryOpen("b")!;

        _hub.WakeAll();

        Assert.True(await a.WaitAsync(TimeSpan.Zero, default));
        Assert.True(await b.WaitAsync(TimeSpan.Zero, default));
    }

    [Fact]
    public async Task OneStreamTooManyForAConversationSupersedesItsOldest()
    {
        using var oldest = _hub.TryOpen("a")!;
        using var middle = _hub.TryOpen("a")!;
        using var newest = _hub.TryOpen("a")!;

        Assert.True(oldest.IsSuperseded);
        Assert.True(await oldest.WaitAsync(TimeSpan.Zero, default));
        Assert.False(middle.IsSuperseded);
        Assert.Equal(2, _hub.Count);
    }

    [Fact]
    public void BeyondTheInstanceCapNoStreamOpensUntilOneCloses()
    {
        using var a = _hub.TryOpen("a")!;
        using var b = _hub.TryOpen("b")!;
        var c = _hub.TryOpen("c")!;

        Assert.Null(_hub.TryOpen("d"));
        c.Dispose();
        using var d = _hub.TryOpen("d");
        Assert.NotNull(d);
        Assert.Equal(3, _hub.Count);
    }
}
