using System.Text.Json;
using System.Text.Json.Nodes;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Insights;
using RoleBot.Insights.Storage;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Bots;

/// <summary>
/// "Was this helpful?" clicked on each channel the way that channel sends it: acknowledged where the user clicked,
/// counted in rolebot.feedback.votes, and a "no" recorded as a knowledge gap naming the answer it rates.
/// </summary>
public sealed class AnswerVoteTests
{
    private static readonly List<VoteCase> All = JsonSerializer.Deserialize<List<VoteCase>>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Bots", "TestData", "answer-votes.json")), JsonSerializerOptions.Web)!;

    public static TheoryData<string> Cases => [.. All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AVoteIsAcknowledgedCountedAndANoBecomesAGap(string name)
    {
        var @case = All.Single(c => c.Name == name);
        await using var app = new RoleBotAppFactory();
        var client = app.CreateClient();
        using var metrics = new MetricRecorder(app.Services.GetRequiredService<IMeterFactory>());

        using var response = await client.PostActivityAsync(Click(@case));
        var body = await response.Content.ReadAsStringAsync();

        response.EnsureSuccessStatusCode();
        Assert.Contains(@case.Reply, body, StringComparison.Ordinal);
        if (@case.Via == "execute")
        {
            Assert.Equal("application/vnd.microsoft.activity.message", (string?)JsonNode.Parse(body)!["type"]);
        }

        var vote = Assert.Single(await VotesAsync(metrics));
        Assert.Equal(@case.Helpful, vote.Tags["helpful"]);
        Assert.Equal(@case.Channel, vote.Tags["channel"]);
        var turn = Assert.Single(metrics.Of("rolebot.turns"));
        Assert.Equal("vote", turn.Tags["intent"]);
        if (@case.Gap is { } answer)
        {
            var gap = Assert.Single(await GapsAsync(app));
            Assert.Equal(GapReason.NotHelpful, gap.Reason);
            Assert.Equal(answer, gap.Answer);
            Assert.Equal(@case.Channel, gap.Channel);
        }
    }

    private static JsonObject Click(VoteCase @case)
    {
        var payload = @case.Payload.DeepClone();
        if (@case.Via == "execute")
        {
            var invoke = ActivityBodies.Invoke("adaptiveCard/action");
            invoke["channelId"] = @case.Channel;
            invoke["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "rolebot." + (string?)payload["action"], ["data"] = payload },
                ["trigger"] = "manual",
            };
            return invoke;
        }

        var message = ActivityBodies.Message(null).ExpectReplies();
        message["channelId"] = @case.Channel;
        if (@case.Via == "slack")
        {
            // Azure Bot Service hands a Block Kit click over as the raw block_actions payload; the value is a string.
            var action = new JsonObject { ["action_id"] = "rolebot-vote", ["value"] = payload.ToJsonString() };
            message["channelData"] = new JsonObject { ["Payload"] = new JsonObject { ["type"] = "block_actions", ["actions"] = new JsonArray(action) } };
        }
        else
        {
            message["value"] = payload;
        }

        return message;
    }

    private static async Task<IReadOnlyList<(double Value, Dictionary<string, string?> Tags)>> VotesAsync(MetricRecorder metrics)
    {
        var deadline = DateTime.UtcNow + TestTimeouts.Generous;
        while (metrics.Of("rolebot.feedback.votes") is { Count: 0 } && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return metrics.Of("rolebot.feedback.votes");
    }

    private static async Task<IReadOnlyList<KnowledgeGap>> GapsAsync(RoleBotAppFactory app)
    {
        var deadline = DateTime.UtcNow + TestTimeouts.Generous;
        while (true)
        {
            var gaps = File.Exists(app.InsightsPath)
                ? await new SqliteGapStore(app.InsightsPath).ReadAsync(DateTimeOffset.UtcNow.AddDays(-1), null, default)
                : [];
            if (gaps.Count > 0 || DateTime.UtcNow > deadline)
            {
                return gaps;
            }

            await Task.Delay(50);
        }
    }

    public sealed record VoteCase(string Name, string Channel, string Via, JsonObject Payload, string Reply, string Helpful, string? Gap = null);
}
