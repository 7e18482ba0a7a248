using RoleBot.Insights;
using RoleBot.Insights.Storage;
using RoleBot.Tests.State.Postgres;

namespace RoleBot.Tests.Insights.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresGapStoreTests(PostgresCluster cluster)
{
    [PostgresFact]
    public async Task EveryInstanceWritesToAndReadsFromTheSameTable()
    {
        var organisation = $"org-{Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow;
        await using var first = PostgresGapStore.Create(cluster.ConnectionString);
        await using var second = PostgresGapStore.Create(cluster.ConnectionString);

        await first.AddAsync([new KnowledgeGap(now, GapReason.UnknownRole, "what is a wizard", ["wizard"], "msteams", null, organisation)], default);
        await second.AddAsync([new KnowledgeGap(now, GapReason.NotHelpful, null, [], "slack", "rank:gm,vp", organisation)], default);
        var read = await first.ReadAsync(now.AddDays(-1), organisation, default);

        Assert.Equal(2, read.Count);
        Assert.Equal(["wizard"], read.Single(g => g.Reason == GapReason.UnknownRole).UnknownTitles);
        Assert.Equal("rank:gm,vp", read.Single(g => g.Reason == GapReason.NotHelpful).Answer);
        Assert.Equal(now.ToUnixTimeMilliseconds() / 10, read[0].At.ToUnixTimeMilliseconds() / 10);
    }

    [PostgresFact]
    public async Task DeletesRecordsPastTheirRetention()
    {
        var organisation = $"org-{Guid.NewGuid():N}";
        await using var store = PostgresGapStore.Create(cluster.ConnectionString);
        var old = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await store.AddAsync([new KnowledgeGap(old, GapReason.Fallback, "old", [], "emulator", null, organisation), new KnowledgeGap(DateTimeOffset.UtcNow, GapReason.Fallback, "new", [], "emulator", null, organisation)], default);

        Assert.True(await store.DeleteOlderThanAsync(old.AddDays(1), default) >= 1);
        Assert.Equal("new", Assert.Single(await store.ReadAsync(old.AddYears(-1), organisation, default)).Question);
    }
}
