using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Insights;
using RoleBot.Insights.Storage;
using RoleBot.Telemetry;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Insights;

/// <summary>The real bot records what it could not answer well, scrubbed, in its SQLite file.</summary>
public sealed class GapRecorderTests
{
    // The shipped sample organisation's Teams tenant (dialogs/organisations/contoso).
    private const string ContosoTenant = "11111111-2222-3333-4444-555555555555";

    [Fact]
    public async Task RecordsFallbacksAndUnknownTitlesScrubbedAndWithoutTheUser()
    {
        await using var app = new RoleBotAppFactory();
        var client = app.CreateClient();

        await client.PostActivityAsync(Message("what does a wizard do? ask alice@contoso.com", "Alice Smith"));
        await client.PostActivityAsync(Message("Alice here: what is the weather in Paris tomorrow?", "Alice Smith"));
        await client.PostActivityAsync(Message("is a GM higher than a VP?", "Alice Smith"));
        var gaps = await WaitForAsync(app, 2);

        var unknown = Assert.Single(gaps, g => g.Reason == GapReason.UnknownRole);
        Assert.Equal("what does a wizard do? ask [email]", unknown.Question);
        Assert.Contains("wizard", unknown.UnknownTitles);
        Assert.Equal("emulator", unknown.Channel);
        Assert.Null(unknown.Organisation);
        Assert.Equal("[name] here: what is the weather in Paris tomorrow?", Assert.Single(gaps, g => g.Reason == GapReason.Fallback).Question);
        var file = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(app.InsightsPath));
        Assert.DoesNotContain("user-private-id", file, StringComparison.Ordinal);
        Assert.DoesNotContain("Alice", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGapOfAnOrganisationsUserCarriesTheOrganisationsIdOnly()
    {
        await using var app = new RoleBotAppFactory();
        var client = app.CreateClient();
        var activity = Message("what does a wizard do?", "Alice Smith");
        activity["channelId"] = "msteams";
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = ContosoTenant } };

        await client.PostActivityAsync(activity);

        var gap = Assert.Single(await WaitForAsync(app, 1));
        Assert.Equal("contoso", gap.Organisation);
        Assert.DoesNotContain(ContosoTenant, await File.ReadAllTextAsync(app.InsightsPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionBackThatTheUserCancelsIsRecordedAsAbandoned()
    {
        await using var app = new RoleBotAppFactory();
        var client = app.CreateClient();
        var conversation = $"abandon-{Guid.NewGuid()}";

        await client.PostActivityAsync(Message("what does a PM do?", null, conversation));
        await client.PostActivityAsync(Message("cancel", null, conversation));

        Assert.Equal(GapReason.ClarificationAbandoned, Assert.Single(await WaitForAsync(app, 1)).Reason);
    }

    [Fact]
    public async Task TurnedOffNothingIsRecordedAndNoFileIsMade()
    {
        await using var app = new RoleBotAppFactory(new RoleBotAppOptions { Settings = { ["RoleBot:Insights:Enabled"] = "false" } });
        var client = app.CreateClient();

        await client.PostActivityAsync(Message("what does a wizard do?", null));

        Assert.Empty(app.Services.GetServices<ITurnReportSink>());
        Assert.False(File.Exists(app.InsightsPath));
    }

    private static JsonObject Message(string text, string? name, string? conversation = null)
    {
        var activity = ActivityBodies.Message(text, conversationId: conversation).ExpectReplies();
        activity["from"] = new JsonObject { ["id"] = "user-private-id", ["name"] = name };
        return activity;
    }

    private static async Task<IReadOnlyList<KnowledgeGap>> WaitForAsync(RoleBotAppFactory app, int count)
    {
        var store = new SqliteGapStore(app.InsightsPath);
        var deadline = DateTime.UtcNow + TestTimeouts.Generous;
        while (true)
        {
            var gaps = await store.ReadAsync(DateTimeOffset.UtcNow.AddDays(-1), null, default);
            if (gaps.Count >= count || DateTime.UtcNow > deadline)
            {
                return gaps;
            }

            await Task.Delay(50);
        }
    }
}
