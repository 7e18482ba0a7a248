using Microsoft.Extensions.Options;
using RoleBot.State;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.State;

public class MemoryConversationStateStoreTests
{
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public async Task LoadOfUnknownConversationGivesFreshState()
    {
        var store = Create();

        var data = await store.LoadAsync("emulator/c1", default);

        Assert.False(data.Welcomed);
        Assert.Empty(data.DialogStack);
    }

    [Fact]
    public async Task SavedStateIsLoadedBack()
    {
        var store = Create();
        await store.SaveAsync("msteams/c1", new ConversationData { Welcomed = true, LastIntent = "compare", LastRoleIds = ["gm", "vp"] }, default);

        var data = await store.LoadAsync("msteams/c1", default);

        Assert.True(data.Welcomed);
        Assert.Equal("compare", data.LastIntent);
        Assert.Equal(["gm", "vp"], data.LastRoleIds);
    }

    [Fact]
    public async Task LoadsNeverShareMutableObjects()
    {
        var store = Create();
        var saved = new ConversationData();
        await store.SaveAsync("k", saved, default);

        var first = await store.LoadAsync("k", default);
        first.LastRoleIds.Add("changed without saving");
        saved.LastRoleIds.Add("changed after saving");
        var second = await store.LoadAsync("k", default);

        Assert.NotSame(first, second);
        Assert.Empty(second.LastRoleIds);
    }

    [Fact]
    public async Task DeleteForgetsTheConversation()
    {
        var store = Create();
        await store.SaveAsync("k", new ConversationData { Welcomed = true }, default);

        await store.DeleteAsync("k", default);

        Assert.False((await store.LoadAsync("k", default)).Welcomed);
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task IdleConversationsExpire()
    {
        var store = Create(idleExpiry: TimeSpan.FromHours(1));
        await store.SaveAsync("k", new ConversationData { Welcomed = true }, default);

        _time.Advance(TimeSpan.FromHours(1));

        Assert.False((await store.LoadAsync("k", default)).Welcomed);
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task UseKeepsAConversationAlive()
    {
        var store = Create(idleExpiry: TimeSpan.FromHours(1));
        await store.SaveAsync("k", new ConversationData { Welcomed = true }, default);

        _time.Advance(TimeSpan.FromMinutes(45));
        await store.LoadAsync("k", default);
        _time.Advance(TimeSpan.FromMinutes(45));

        Assert.True((await store.LoadAsync("k", default)).Welcomed);
    }

    [Fact]
    public async Task FullStoreEvictsTheLeastRecentlyUsedConversation()
    {
        var store = Create(maxConversations: 3);
        foreach (var key in new[] { "a", "b", "c" })
        {
            await store.SaveAsync(key, new ConversationData { LastIntent = key }, default);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        await store.LoadAsync("a", default); // "b" is now the least recently used
        await store.SaveAsync("d", new ConversationData { LastIntent = "d" }, default);

        Assert.Equal(3, store.Count);
        Assert.Null((await store.LoadAsync("b", default)).LastIntent);
        Assert.Equal("a", (await store.LoadAsync("a", default)).LastIntent);
        Assert.Equal("d", (await store.LoadAsync("d", default)).LastIntent);
    }

    [Fact]
    public async Task FloodOfNewConversationsStaysWithinTheBound()
    {
        var store = Create(maxConversations: 100);

        for (var i = 0; i < 1_000; i++)
        {
            await store.SaveAsync($"flood/{i}", new ConversationData(), default);
        }

        Assert.Equal(100, store.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(2026)]
    public async Task HoldsWhatAPlainLeastRecentlyUsedListWouldUnderAnyMixOfOperations(int seed)
    {
        // The store chains its slots by number; this list of keys in order of use is what it must behave like.
        var store = Create(maxConversations: 8, idleExpiry: TimeSpan.FromMinutes(30));
        var model = new List<(string Key, string Intent, DateTimeOffset Used)>();
        var random = new Random(seed);
        for (var step = 0; step < 3_000; step++)
        {
            var key = $"c{random.Next(20)}";
            _time.Advance(TimeSpan.FromMinutes(random.Next(4)));
            var operation = random.Next(3);
            if (operation < 2)
            {
                // Loads and saves drop the conversations idle too long; a delete only deletes.
                model.RemoveAll(e => _time.GetUtcNow() - e.Used >= TimeSpan.FromMinutes(30));
            }

            var held = model.FindIndex(e => e.Key == key);
            switch (operation)
            {
                case 0:
                    var intent = $"i{step}";
                    await store.SaveAsync(key, new ConversationData { LastIntent = intent }, default);
                    if (held >= 0) { model.RemoveAt(held); }
                    else if (model.Count >= 8) { model.RemoveAt(0); }
                    model.Add((key, intent, _time.GetUtcNow()));
                    break;
                case 1:
                    var loaded = await store.LoadAsync(key, default);
                    Assert.Equal(held >= 0 ? model[held].Intent : null, loaded.LastIntent);
                    if (held >= 0) { var entry = model[held]; model.RemoveAt(held); model.Add(entry with { Used = _time.GetUtcNow() }); }
                    break;
                default:
                    await store.DeleteAsync(key, default);
                    if (held >= 0) { model.RemoveAt(held); }
                    break;
            }

            Assert.Equal(model.Count, store.Count);
        }
    }

    [Fact]
    public async Task TellsConversationsApartByTheirWholeKey()
    {
        var store = Create();
        await store.SaveAsync("msteams/a:1", new ConversationData { LastIntent = "rank" }, default);
        await store.SaveAsync("msteams/a:1 ", new ConversationData { LastIntent = "compare" }, default);
        await store.SaveAsync(new string('x', 5_000), new ConversationData { LastIntent = "long" }, default);

        Assert.Equal("rank", (await store.LoadAsync("msteams/a:1", default)).LastIntent);
        Assert.Equal("compare", (await store.LoadAsync("msteams/a:1 ", default)).LastIntent);
        Assert.Equal("long", (await store.LoadAsync(new string('x', 5_000), default)).LastIntent);
        Assert.Null((await store.LoadAsync(new string('x', 4_999), default)).LastIntent);
    }

    [Fact]
    public async Task KeepsEveryConversationAsItGrowsTowardsTheBound()
    {
        var store = Create(maxConversations: 1_000);
        for (var i = 0; i < 1_000; i++)
        {
            await store.SaveAsync($"c{i}", new ConversationData { LastIntent = $"i{i}" }, default);
        }

        for (var i = 0; i < 1_000; i++)
        {
            Assert.Equal($"i{i}", (await store.LoadAsync($"c{i}", default)).LastIntent);
        }

        await store.SaveAsync("one more", new ConversationData(), default);
        Assert.Null((await store.LoadAsync("c0", default)).LastIntent);
    }

    private MemoryConversationStateStore Create(int maxConversations = 10_000, TimeSpan? idleExpiry = null) =>
        new(Options.Create(new ConversationStateOptions { MaxConversations = maxConversations, IdleExpiry = idleExpiry ?? TimeSpan.FromDays(1) }), _time);
}
