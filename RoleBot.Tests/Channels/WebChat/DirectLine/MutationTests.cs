using System.Text.Json.Nodes;
using RoleBot.Tests.Channels.WebChat.DirectLine.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine;

/// <summary>Seeded random mutations of the activities Web Chat posts, sent with a valid token so they pass the door.</summary>
public sealed class MutationTests
{
    private const int Seed = 2026_12;
    private const int Cases = 1_000;
    private const int PostsPerConversation = 25;

    [Fact]
    public async Task MutatedPostsNeverGetA5xxNorLogAnUnhandledException()
    {
        var options = DirectLineApp.With();
        // The per-conversation rate bound answers 429 by design; it would only keep the mutations from the door.
        options.Settings["RoleBot:DirectLine:MaxPostsPerMinute"] = "100000";
        var app = new RoleBotAppFactory(options);
        var run = new MutationRun();
        try
        {
            var client = app.CreateDirectLineClient();
            var mutator = new JsonMutator(Seed);
            Ticket? ticket = null;
            for (var i = 0; i < Cases; i++)
            {
                if (i % PostsPerConversation == 0)
                {
                    ticket = await client.OpenAsync();
                }

                var body = mutator.Mutate(Valid[i % Valid.Length]);
                var path = $"{DirectLineTestClient.Base}/conversations/{ticket!.ConversationId}/activities";
                await run.SendAsync($"Direct Line case {i} (seed {Seed})", () => Post(client, path, ticket.Token, body));
            }
        }
        finally
        {
            await app.DisposeAsync();
        }

        run.AssertClean(app.Logs);
    }

    private static readonly JsonObject[] Valid =
    [
        WebChatActivities.Message("is a GM higher than a VP?"),
        WebChatActivities.Message(null, value: new JsonObject { ["action"] = "compare", ["roles"] = new JsonArray("gm", "vp") }),
        WebChatActivities.Message("what does a COO do?"),
        new JsonObject
        {
            ["type"] = "event",
            ["name"] = "webchat/join",
            ["from"] = new JsonObject { ["id"] = "web-user", ["role"] = "user" },
            ["value"] = new JsonObject { ["language"] = "en-US" },
        },
        new JsonObject { ["type"] = "typing", ["from"] = new JsonObject { ["id"] = "web-user" } },
    ];

    private static Task<HttpResponseMessage> Post(DirectLineTestClient client, string path, string token, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = ActivityBodies.Json(body) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client.Http.SendAsync(request);
    }
}
