using System.Text.Json.Nodes;
using RoleBot.Tests.Channels.Slack.Native.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Slack.Native;

/// <summary>
/// Seeded random mutations of Slack event, slash command and interactivity bodies, each signed with the test signing
/// secret so it passes the door and reaches the parsers and the real bot behind it.
/// </summary>
public sealed class MutationTests
{
    private const int Seed = 12_12;
    private const int CasesPerKind = 600;

    [Fact]
    public async Task MutatedSignedBodiesNeverGetA5xxNorLogAnUnhandledException()
    {
        await using var slack = await FakeSlack.StartAsync();
        // A full work queue answers 503 so Slack retries, by design; this test is about broken input, not load.
        var settings = new Dictionary<string, string> { ["Slack:QueueCapacityPerPartition"] = "100000", ["Slack:QueuePartitions"] = "2" };
        var app = new RoleBotAppFactory(SlackApp.With(slack.ApiBaseUrl, settings: settings) with { LogEverything = false });
        var run = new MutationRun();
        try
        {
            var client = app.Start();
            var mutator = new JsonMutator(Seed);
            for (var i = 0; i < CasesPerKind; i++)
            {
                var channel = $"C{i:D8}";
                var envelope = (i % 3) switch
                {
                    0 => SlackRequests.AppMention("is a GM higher than a VP?", channel),
                    1 => SlackRequests.DirectMessage("what does a COO do?", $"D{i:D8}"),
                    _ => new JsonObject { ["token"] = "t", ["challenge"] = "c-" + i, ["type"] = "url_verification" },
                };
                var eventBody = mutator.Mutate(envelope);
                await run.SendAsync($"Slack event case {i} (seed {Seed})",
                    () => client.SendAsync(SlackRequests.Signed("/api/slack/events", eventBody, "application/json")));

                var command = mutator.MutateForm(SlackRequests.CommandFields("compare gm and vp", channel, slack.NewResponseUrl()));
                await run.SendAsync($"Slack command case {i} (seed {Seed})", () => client.SendAsync(SlackRequests.CommandRequest(command)));

                var payload = Payload(SlackRequests.BlockActions(i % 2 == 0 ? "role_pick" : "share", "gm", channel, slack.NewResponseUrl(), messageTs: "1718000000.000100"));
                var interaction = mutator.Next(4) == 0
                    ? mutator.MutateForm([("payload", payload.ToJsonString())])
                    : SlackRequests.Form(("payload", mutator.Mutate(payload)));
                await run.SendAsync($"Slack interaction case {i} (seed {Seed})", () => client.SendAsync(SlackRequests.Interaction(interaction)));
            }
        }
        finally
        {
            slack.Release();
            await app.DisposeAsync();
        }

        run.AssertClean(app.Logs);
    }

    private static JsonNode Payload(string form) =>
        JsonNode.Parse(Uri.UnescapeDataString(form["payload=".Length..].Replace('+', ' ')))!;
}
