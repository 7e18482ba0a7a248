using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.State;
using Xunit.Abstractions;

namespace RoleBot.Tests.Dialogs.Transcripts;

/// <summary>
/// Plays every transcript through the real wire path: POST /api/messages with deliveryMode expectReplies, so the
/// real adapter, state store, recognizer, knowledge base, dialogs and cards all take part, and checks each reply.
/// </summary>
public sealed class TranscriptTests(TranscriptApplication app, ITestOutputHelper output) : IClassFixture<TranscriptApplication>
{
    private const string BotId = "rolebot-test";

    [Theory]
    [MemberData(nameof(TranscriptData.Names), MemberType = typeof(TranscriptData))]
    public async Task BotFollowsTranscript(string name)
    {
        var transcript = TranscriptData.Get(name);
        var conversationId = $"conv-{Guid.NewGuid():N}";
        using var client = app.CreateClient();

        for (var i = 0; i < transcript.Turns.Count; i++)
        {
            var turn = transcript.Turns[i];
            var activity = BuildActivity(transcript, turn, conversationId);
            output.WriteLine($"USER [{i}]: {turn.User ?? turn.Value?.GetRawText() ?? activity["type"]?.ToString()}");

            var response = await client.PostAsJsonAsync("/api/messages", activity);
            response.EnsureSuccessStatusCode();
            var replies = (await response.Content.ReadFromJsonAsync<JsonObject>())?["activities"]?.AsArray()
                .Select(a => a!.AsObject()).ToList() ?? [];
            foreach (var reply in replies)
            {
                output.WriteLine($"  BOT: {reply["text"]} [{reply["inputHint"]}] {string.Join(", ", ReplyButtons.Of(reply).Select(b => $"{b.Action}:{b.Title}"))}");
            }

            ReplyAssertions.Check(turn.Expect, replies, $"{name}, turn {i}");
            if (turn.ExpectStateDeleted)
            {
                await AssertStateDeletedAsync(transcript.ChannelId, conversationId);
            }
        }
    }

    private async Task AssertStateDeletedAsync(string channelId, string conversationId)
    {
        var store = app.Services.GetRequiredService<IConversationStateStore>();
        var data = await store.LoadAsync($"{channelId}/{conversationId}", CancellationToken.None);
        Assert.False(data.Welcomed);
        Assert.Empty(data.DialogStack);
        Assert.Empty(data.LastRoleIds);
    }

    private static JsonObject BuildActivity(Transcript transcript, TranscriptTurn turn, string conversationId)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = transcript.ChannelId,
            ["deliveryMode"] = "expectReplies",
            ["locale"] = "en-US",
            ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Test User" },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "RoleBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
        };
        if (turn.User is not null)
        {
            activity["text"] = turn.User;
        }

        if (turn.Value is { } value)
        {
            activity["value"] = JsonNode.Parse(value.GetRawText());
        }

        Merge(activity, transcript.Defaults);
        Merge(activity, turn.Activity);
        return activity;
    }

    /// <summary>Objects merge key by key (so a default conversationType keeps the generated id); anything else replaces.</summary>
    private static void Merge(JsonObject target, JsonObject? overrides)
    {
        foreach (var (key, value) in overrides ?? [])
        {
            if (value is JsonObject child && target[key] is JsonObject existing)
            {
                Merge(existing, child);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }
}
