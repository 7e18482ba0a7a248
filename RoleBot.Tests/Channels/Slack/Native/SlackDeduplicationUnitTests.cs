using Microsoft.Extensions.Options;
using RoleBot.Channels.Slack.Native;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Slack.Native;

public sealed class SlackDeduplicationUnitTests
{
    private readonly ManualTimeProvider _clock = new();

    private SlackEventDeduplicator Create(int capacity = 100) =>
        new(Options.Create(new SlackOptions { DeduplicationWindow = TimeSpan.FromMinutes(15), DeduplicationCapacity = capacity }), _clock);

    [Fact]
    public void RemembersAnEventIdForTheWindowOnly()
    {
        var seen = Create();

        Assert.True(seen.TryBegin("Ev1"));
        _clock.Advance(TimeSpan.FromMinutes(14));
        Assert.False(seen.TryBegin("Ev1"));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(seen.TryBegin("Ev1"));
    }

    [Fact]
    public void ForgetsTheOldestIdsBeyondItsCapacity()
    {
        var seen = Create(capacity: 2);

        Assert.True(seen.TryBegin("Ev1"));
        Assert.True(seen.TryBegin("Ev2"));
        Assert.True(seen.TryBegin("Ev3"));

        Assert.False(seen.TryBegin("Ev3"));
        Assert.True(seen.TryBegin("Ev1"));
    }

    [Fact]
    public void ProcessesAgainAnIdWhoseFirstDeliveryWasNotQueued()
    {
        var seen = Create();

        Assert.True(seen.TryBegin("Ev1"));
        seen.Forget("Ev1");

        Assert.True(seen.TryBegin("Ev1"));
        Assert.False(seen.TryBegin("Ev1"));
    }

    [Fact]
    public void NeverDropsEventsWithoutAnId()
    {
        var seen = Create();

        Assert.True(seen.TryBegin(null));
        Assert.True(seen.TryBegin(null));
    }
}
