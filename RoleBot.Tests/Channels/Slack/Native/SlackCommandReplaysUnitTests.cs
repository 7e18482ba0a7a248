using Microsoft.Extensions.Options;
using RoleBot.Channels.Slack.Native;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Slack.Native;

/// <summary>The replay store is in memory, bounded in count and in time, and runs on the injected clock.</summary>
public sealed class SlackCommandReplaysUnitTests
{
    private readonly ManualTimeProvider _clock = new();

    private SlackCommandReplays Create(int capacity = 100) =>
        new(Options.Create(new SlackOptions { MaxClockSkew = TimeSpan.FromMinutes(5), DeduplicationCapacity = capacity }), _clock);

    [Fact]
    public void RemembersASignatureForTwiceTheClockSkew()
    {
        var replays = Create();

        Assert.True(replays.TryBegin("v0=aa"));
        _clock.Advance(TimeSpan.FromMinutes(9) + TimeSpan.FromSeconds(59));
        Assert.False(replays.TryBegin("v0=aa"));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(replays.TryBegin("v0=aa"));
    }

    [Fact]
    public void ForgetsTheOldestSignaturesBeyondItsCapacity()
    {
        var replays = Create(capacity: 2);

        Assert.True(replays.TryBegin("v0=01"));
        Assert.True(replays.TryBegin("v0=02"));
        Assert.True(replays.TryBegin("v0=03"));

        Assert.False(replays.TryBegin("v0=03"));
        Assert.True(replays.TryBegin("v0=01"));
    }

    [Fact]
    public void AnswersAgainACommandWhoseFirstArrivalWasNotQueued()
    {
        var replays = Create();

        Assert.True(replays.TryBegin("v0=aa"));
        replays.Forget("v0=aa");

        Assert.True(replays.TryBegin("v0=aa"));
        Assert.False(replays.TryBegin("v0=aa"));
    }
}
