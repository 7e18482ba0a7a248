using System.Text.Json.Nodes;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Protocol.Http;

/// <summary>Thousands of seeded random mutations of valid activities posted to /api/messages, answered by the real bot.</summary>
public sealed class ActivityMutationTests
{
    private const int Seed = 12_2026;
    private const int Cases = 2_000;

    [Fact]
    public async Task MutatedActivitiesNeverGetA5xxNorLogAnUnhandledException()
    {
        await using var connector = await FakeConnector.StartAsync();
        var app = new RoleBotAppFactory(new RoleBotAppOptions
        {
            // Backpressure (503 with Retry-After) is a designed answer; this test is about broken input, so it stays out of the way.
            Settings = { ["RoleBot:Protocol:QueueCapacityPerPartition"] = "100000" },
        });
        // An invoke whose name no handler knows is answered 501, as the Bot Framework SDK does.
        var run = new MutationRun(designed: 501);
        try
        {
            var client = app.Start();
            var mutator = new JsonMutator(Seed);
            var valid = Valid(connector.ServiceUrl);
            for (var i = 0; i < Cases; i++)
            {
                var template = valid[i % valid.Length].DeepClone();
                template["id"] = $"act-{i}";
                template["conversation"] = new JsonObject { ["id"] = $"mut-{i}" };
                var body = mutator.Mutate(template);
                await run.SendAsync($"activity case {i} (seed {Seed})", () => client.PostAsync("/api/messages", ActivityBodies.Json(body)));
            }
        }
        finally
        {
            await app.DisposeAsync(); // drains the queued turns, so their log lines are in
        }

        run.AssertClean(app.Logs);
    }

    private static JsonObject[] Valid(string serviceUrl)
    {
        var search = ActivityBodies.Invoke("composeExtension/query", serviceUrl);
        search["channelId"] = "msteams";
        search["value"] = new JsonObject
        {
            ["commandId"] = "searchRoles",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "query", ["value"] = "manager" }),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
        };
        var action = ActivityBodies.Invoke("adaptiveCard/action", serviceUrl);
        action["channelId"] = "msteams";
        action["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "compare", ["data"] = new JsonObject { ["roles"] = new JsonArray("gm", "vp") } },
            ["trigger"] = "manual",
        };
        var update = ActivityBodies.Message(null, serviceUrl);
        update["type"] = "conversationUpdate";
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-1" }, new JsonObject { ["id"] = "bot-1" });
        var submit = ActivityBodies.Message(null, serviceUrl).ExpectReplies();
        submit["value"] = new JsonObject { ["action"] = "compare", ["roles"] = new JsonArray("gm", "vp"), ["n"] = 2 };
        var teams = ActivityBodies.Message("<at>RoleBot</at> is a GM higher than a VP?", serviceUrl);
        teams["channelId"] = "msteams";
        teams["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention", ["text"] = "<at>RoleBot</at>", ["mentioned"] = new JsonObject { ["id"] = "bot-1", ["name"] = "RoleBot" },
        });
        teams["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "t1" } };
        return
        [
            ActivityBodies.Message("is a GM higher than a VP?", serviceUrl).ExpectReplies(),
            ActivityBodies.Message("what does a COO do?", serviceUrl),
            teams.ExpectReplies(),
            search,
            action,
            update,
            submit,
        ];
    }
}
