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

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(2026)]
    public async Task RemembersWhatAPlainListOfArrivalsWouldUnderAnyMixOfOperations(int seed)
    {
        // The ring of slots must behave like this list of arrivals, oldest first, bounded by count and window.
        var dedup = Create(capacity: 8, replayBudget: 6);
        var model = new List<(string Id, DateTimeOffset SeenAt, DeduplicationTicket Ticket, byte[]? Kept)>();
        var random = new Random(seed);
        for (var step = 0; step < 3_000; step++)
        {
            var id = $"a{random.Next(20)}";
            _time.Advance(TimeSpan.FromMinutes(random.Next(3)));
            // Every arrival first drops those past the window and, when the record is full, the oldest.
            model.RemoveAll(e => _time.GetUtcNow() - e.SeenAt >= TimeSpan.FromMinutes(10));
            if (model.Count >= 8)
            {
                model.RemoveAt(0);
            }

            var held = model.FindIndex(e => e.Id == id);

            var ticket = dedup.Begin(Activity("c", id));
            Assert.Equal(held >= 0, ticket.IsRepeat);
            if (held >= 0)
            {
                var first = model[held];
                var replay = await dedup.FirstResponseAsync(ticket, new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
                Assert.Equal(first.Kept, replay?.JsonBody);
                continue;
            }

            if (random.Next(4) == 0)
            {
                dedup.Abandon(ticket);
                continue;
            }

            byte[] body = [(byte)step, 1];
            var budgetLeft = 6 - model.Sum(e => e.Kept?.Length ?? 0);
            dedup.Complete(ticket, new InlineResponse(200, body));
            model.Add((id, _time.GetUtcNow(), ticket, budgetLeft >= body.Length ? body : null));
            Assert.Equal(model.Count, dedup.Count);
        }
    }

    [Fact]
    public async Task ARepeatWaitingForAnArrivalThatIsPushedOutGetsTheEmptyAnswer()
    {
        var dedup = Create(capacity: 2);
        var first = dedup.Begin(Activity("c", "a1"));
        var waiting = dedup.FirstResponseAsync(dedup.Begin(Activity("c", "a1")), default);

        dedup.Begin(Activity("c", "a2"));
        dedup.Begin(Activity("c", "a3"));
        dedup.Complete(first, new InlineResponse(200, [1]));

        Assert.Null(await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.False(dedup.Begin(Activity("c", "a1")).IsRepeat);
    }

    [Fact]
    public void RemembersEveryIdBelowTheCapacityAsItsRecordGrows()
    {
        var dedup = Create(capacity: 1_000);
        for (var i = 0; i < 999; i++)
        {
            dedup.Complete(dedup.Begin(Activity("c", $"a{i}")), null);
        }

        Assert.All(Enumerable.Range(0, 999), i => Assert.True(dedup.Begin(Activity("c", $"a{i}")).IsRepeat));
        Assert.Equal(999, dedup.Count);
    }

    private ActivityDeduplicator Create(int capacity = 1000, long replayBudget = 1024) => new(
        Options.Create(new ProtocolOptions { DeduplicationCapacity = capacity, DeduplicationWindow = TimeSpan.FromMinutes(10), ReplayBudgetBytes = replayBudget }),
        _time);

    private static Activity Activity(string conversationId, string? id, string channelId = "emulator") =>
        new() { Type = "message", Id = id, ChannelId = channelId, Conversation = new ConversationAccount { Id = conversationId } };
}
