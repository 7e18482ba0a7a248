using System.Text.Json.Nodes;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Dialogs.Answering;

/// <summary>
/// What is remembered is never seen: every message of the labelled test sets, asked twice of the app as shipped
/// (the second time from what it remembers: answers, cards, understanding) and once of an app that remembers
/// nothing, gets the same replies in all three, over each channel in turn.
/// </summary>
public sealed class RememberedAnswersEquivalenceTests(RememberedAnswersEquivalenceTests.Apps apps) : IClassFixture<RememberedAnswersEquivalenceTests.Apps>
{
    private static readonly string[] Channels = ["msteams", "emulator", "slack", "webchat"];

    // Where a reply is addressed and when it was made: the only members that may differ between two conversations.
    private static readonly string[] PerConversation = ["id", "timestamp", "localTimestamp", "conversation", "replyToId"];

    [Fact]
    public async Task RepliesAreTheSameWithAndWithoutWhatIsRemembered()
    {
        var messages = TestMessages.In("Understanding/TestData", "Dialogs/TestData");
        var (remembering, fresh) = (apps.Remembering.Start(), apps.Fresh.Start());
        var differences = new List<string>();

        for (var i = 0; i < messages.Count; i++)
        {
            var channel = Channels[i % Channels.Length];
            var first = await AskAsync(remembering, messages[i], channel, $"first-{i}");
            var again = await AskAsync(remembering, messages[i], channel, $"again-{i}");
            var anew = await AskAsync(fresh, messages[i], channel, $"anew-{i}");
            if (first != anew || again != anew)
            {
                differences.Add($"{channel} \"{messages[i]}\":\n  remembered {again}\n  anew       {anew}");
            }
        }

        Assert.True(messages.Count > 1000, $"Only {messages.Count} messages were found.");
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(5)));
    }

    private static async Task<string> AskAsync(HttpClient client, string text, string channel, string conversation)
    {
        var activity = ActivityBodies.Message(text, conversationId: conversation).ExpectReplies();
        activity["channelId"] = channel;
        using var response = await client.PostAsync("/api/messages", ActivityBodies.Json(activity.ToJsonString()));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        foreach (var reply in body["activities"]!.AsArray().OfType<JsonObject>())
        {
            foreach (var member in PerConversation)
            {
                reply.Remove(member);
            }
        }

        return $"{(int)response.StatusCode} {body.ToJsonString()}";
    }

    public sealed class Apps : IAsyncLifetime
    {
        public RoleBotAppFactory Remembering { get; } = new();

        public RoleBotAppFactory Fresh { get; } = new(new RoleBotAppOptions
        {
            Settings = new Dictionary<string, string?>
            {
                ["RoleBot:Answers:RememberedAnswers"] = "0",
                ["RoleBot:Cards:RememberedCards"] = "0",
                ["RoleBot:Understanding:RememberedMessages"] = "0",
            },
        });

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            await Remembering.DisposeAsync();
            await Fresh.DisposeAsync();
        }
    }
}
