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

    private MemoryConversationStateStore Create(int maxConversations = 10_000, TimeSpan? idleExpiry = null) =>
        new(Options.Create(new ConversationStateOptions { MaxConversations = maxConversations, IdleExpiry = idleExpiry ?? TimeSpan.FromDays(1) }), _time);
}
