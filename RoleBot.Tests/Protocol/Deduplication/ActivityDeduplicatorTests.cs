using Microsoft.Extensions.Options;
using RoleBot.Protocol;
using RoleBot.Protocol.Deduplication;
using RoleBot.Protocol.Http;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Protocol.Deduplication;

public class ActivityDeduplicatorTests
{
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public void SecondArrivalOfTheSameActivityIsARepeat()
    {
        var dedup = Create();

        Assert.False(dedup.Begin(Activity("c", "a1")).IsRepeat);
        Assert.True(dedup.Begin(Activity("c", "a1")).IsRepeat);
    }

    [Fact]
    public void SameIdInAnotherConversationOrChannelIsNew()
    {
        var dedup = Create();
        dedup.Begin(Activity("c", "a1"));

        Assert.False(dedup.Begin(Activity("other", "a1")).IsRepeat);
        Assert.False(dedup.Begin(Activity("c", "a1", channelId: "msteams")).IsRepeat);
    }

    [Fact]
    public void ActivityWithoutIdIsNeverARepeat()
    {
        var dedup = Create();
        dedup.Begin(Activity("c", null));

        Assert.False(dedup.Begin(Activity("c", null)).IsRepeat);
        Assert.Equal(0, dedup.Count);
    }

    [Fact]
    public void ActivityIsForgottenAfterTheWindow()
    {
        var dedup = Create();
        dedup.Begin(Activity("c", "a1"));

        _time.Advance(TimeSpan.FromMinutes(10));

        Assert.False(dedup.Begin(Activity("c", "a1")).IsRepeat);
    }

    [Fact]
    public void MemoryIsBoundedByCapacity()
    {
        var dedup = Create(capacity: 50);

        for (var i = 0; i < 500; i++)
        {
            dedup.Begin(Activity("c", $"a{i}"));
        }

        Assert.Equal(50, dedup.Count);
    }

    [Fact]
    public void AbandonedActivityIsProcessedWhenSentAgain()
    {
        var dedup = Create();
        dedup.Abandon(dedup.Begin(Activity("c", "a1")));

        Assert.False(dedup.Begin(Activity("c", "a1")).IsRepeat);
    }

    [Fact]
    public async Task RepeatGetsTheFirstInlineResponse()
    {
        var dedup = Create();
        var first = dedup.Begin(Activity("c", "a1"));
        var repeat = dedup.Begin(Activity("c", "a1"));
        var waiting = dedup.FirstResponseAsync(repeat, default);

        dedup.Complete(first, new InlineResponse(200, [1, 2, 3]));

        Assert.Equal([1, 2, 3], (await waiting)!.JsonBody);
    }

    [Fact]
    public async Task ResponsesBeyondTheReplayBudgetAreNotKept()
    {
        var dedup = Create(replayBudget: 4);
        var small = dedup.Begin(Activity("c", "small"));
        var large = dedup.Begin(Activity("c", "large"));
        dedup.Complete(small, new InlineResponse(200, [1, 2, 3]));
        dedup.Complete(large, new InlineResponse(200, [1, 2, 3]));

        Assert.NotNull(await dedup.FirstResponseAsync(dedup.Begin(Activity("c", "small")), default));
        Assert.Null(await dedup.FirstResponseAsync(dedup.Begin(Activity("c", "large")), default));
    }

    private ActivityDeduplicator Create(int capacity = 1000, long replayBudget = 1024) => new(
        Options.Create(new ProtocolOptions { DeduplicationCapacity = capacity, DeduplicationWindow = TimeSpan.FromMinutes(10), ReplayBudgetBytes = replayBudget }),
        _time);

    private static Activity Activity(string conversationId, string? id, string channelId = "emulator") =>
        new() { Type = "message", Id = id, ChannelId = channelId, Conversation = new ConversationAccount { Id = conversationId } };
}
