using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Tests.Dialogs.Transcripts;
using Xunit.Abstractions;

namespace RoleBot.Tests.Dialogs.OpenQuestions;

/// <summary>
/// Scores the blind set of open questions through the real bot (POST /api/messages, expectReplies, one conversation
/// per case), prints the share of right replies per class and fails when a class falls below its floor.
/// </summary>
public sealed class OpenQuestionScoreTests(TranscriptApplication app, ITestOutputHelper output) : IClassFixture<TranscriptApplication>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Dialogs", "TestData", "open-questions");

    [Theory]
    [InlineData("tuned")]
    [InlineData("holdout")]
    public async Task OpenQuestionsScoreAtLeastTheirFloors(string part)
    {
        var set = Load<OpenQuestionSet>($"{part}.json");
        var judge = new OpenQuestionJudge(Load<OpenQuestionMarkers>("markers.json"));
        var floors = Load<Dictionary<string, Dictionary<string, double>>>("floors.json")[part];
        var results = new List<(string Class, bool Right)>();
        using var client = app.CreateClient();

        foreach (var @case in set.Cases)
        {
            var right = await PlayAsync(client, @case, judge);
            results.Add((@case.Class, right));
        }

        var figures = ScoreCard.Of(results);
        output.WriteLine($"{part}: {ScoreCard.Format(figures)}");
        var below = floors.Where(f => figures.GetValueOrDefault(f.Key).Share < f.Value)
            .Select(f => $"{f.Key} {figures.GetValueOrDefault(f.Key).Share:P0} < floor {f.Value:P0}").ToList();
        Assert.True(below.Count == 0, string.Join("; ", below));
    }

    private async Task<bool> PlayAsync(HttpClient client, OpenQuestionCase @case, OpenQuestionJudge judge)
    {
        var conversationId = $"open-{@case.Id}-{Guid.NewGuid():N}";
        var right = true;
        foreach (var turn in @case.Turns)
        {
            var reply = ReplyText.Of(await SendAsync(client, conversationId, turn.User));
            if (turn.Expect is { } expect && !judge.IsRight(expect, reply))
            {
                right = false;
                output.WriteLine($"MISS {@case.Id} [{@case.Class}] \"{turn.User}\" -> {Shorten(reply)}");
            }
        }

        return right;
    }

    private static async Task<List<JsonObject>> SendAsync(HttpClient client, string conversationId, string text)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "emulator",
            ["deliveryMode"] = "expectReplies",
            ["locale"] = "en-US",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Test User" },
            ["recipient"] = new JsonObject { ["id"] = "rolebot-test", ["name"] = "RoleBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
        };
        var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())?["activities"]?.AsArray()
            .Select(a => a!.AsObject()).ToList() ?? [];
    }

    private static string Shorten(string reply) => reply.Length <= 160 ? reply : reply[..160] + "…";

    private static T Load<T>(string file) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(Path.Combine(Folder, file)), Json)
        ?? throw new InvalidDataException($"{file} is empty.");
}
