using RoleBot.Insights;
using RoleBot.Insights.Storage;

namespace RoleBot.Tests.Insights.Storage;

public sealed class SqliteGapStoreTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "rolebot-tests", $"gaps-{Guid.NewGuid():N}", "insights.db");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    [Fact]
    public async Task KeepsEveryFieldAndFiltersBySinceAndOrganisation()
    {
        var store = new SqliteGapStore(_path);
        var now = DateTimeOffset.UtcNow;
        await store.AddAsync(
        [
            new KnowledgeGap(now.AddDays(-40), GapReason.Fallback, "old", [], "msteams"),
            new KnowledgeGap(now.AddMinutes(-5), GapReason.UnknownRole, "what is a wizard", ["wizard", "mage"], "slack", null, "contoso"),
            new KnowledgeGap(now, GapReason.NotHelpful, null, [], "webchat", "rank:gm,vp", "fabrikam"),
        ], default);

        var recent = await store.ReadAsync(now.AddDays(-30), null, default);
        var contoso = Assert.Single(await store.ReadAsync(now.AddDays(-30), "contoso", default));

        Assert.Equal(2, recent.Count);
        Assert.Equal(["wizard", "mage"], contoso.UnknownTitles);
        Assert.Equal(GapReason.UnknownRole, contoso.Reason);
        Assert.Equal("slack", contoso.Channel);
        Assert.Equal(now.AddMinutes(-5).ToUnixTimeMilliseconds(), contoso.At.ToUnixTimeMilliseconds());
        Assert.Equal("rank:gm,vp", recent[1].Answer);
        Assert.Null(recent[1].Question);
    }

    [Fact]
    public async Task DeletesOnlyRecordsOlderThanTheCutoff()
    {
        var store = new SqliteGapStore(_path);
        var now = DateTimeOffset.UtcNow;
        await store.AddAsync([new KnowledgeGap(now.AddDays(-91), GapReason.Fallback, "old", [], "emulator"), new KnowledgeGap(now, GapReason.Fallback, "new", [], "emulator")], default);

        Assert.Equal(1, await store.DeleteOlderThanAsync(now.AddDays(-90), default));
        Assert.Equal("new", Assert.Single(await store.ReadAsync(DateTimeOffset.MinValue.AddYears(2000), null, default)).Question);
    }

    [Fact]
    public async Task AMissingFileReadsAsNothingRecordedAndIsNotCreated()
    {
        var store = new SqliteGapStore(_path);

        Assert.Empty(await store.ReadAsync(DateTimeOffset.UtcNow.AddDays(-30), null, default));
        Assert.False(File.Exists(_path));
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
    }
}
