using System.Text.Json.Nodes;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Protocol.Http;

public class LoggingTests(EchoBotApp factory) : IClassFixture<EchoBotApp>
{
    private const string SlackToken = "xoxb-0000-secret-slack-token";
    private const string BearerToken = "eyJhbGciOiJSUzI1NiJ9.eyJzZWNyZXQiOnRydWV9.c2lnbmF0dXJl";
    private const string UserWords = "my private salary question";

    [Fact]
    public async Task BodiesTokensAndChannelDataNeverReachTheLogs()
    {
        var client = factory.CreateClient();
        var failing = SlackMessage("boom").ExpectReplies();
        var refused = SlackMessage(UserWords);
        var withHeader = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = ActivityBodies.Json(SlackMessage(UserWords).ToJsonString()) };
        withHeader.Headers.TryAddWithoutValidation("Authorization", $"Bearer {BearerToken}");

        await client.PostActivityAsync(failing);
        await client.PostActivityAsync(refused);
        await client.SendAsync(withHeader);
        await client.PostAsync("/api/messages", ActivityBodies.Json("{\"type\":\"message\",\"text\":{\"x\":\"" + UserWords + "\"}}"));
        // The anonymous reply to Slack's public serviceUrl is refused and the failed turn is logged.
        await factory.Logs.WaitForAsync(l => l.Contains("Refused to reply anonymously"));
        await factory.Logs.WaitForAsync(l => l.Contains("Could not send the apology"));

        var logs = string.Join('\n', factory.Logs.Lines);
        Assert.Contains("Turn failed for message on slack", logs);
        Assert.DoesNotContain(SlackToken, logs);
        Assert.DoesNotContain(BearerToken, logs);
        Assert.DoesNotContain(UserWords, logs);
        Assert.DoesNotContain("ApiToken", logs);
    }

    private static JsonObject SlackMessage(string text)
    {
        var activity = ActivityBodies.Message(text, serviceUrl: "https://slack.botframework.com/");
        activity["channelId"] = "slack";
        activity["channelData"] = new JsonObject { ["ApiToken"] = SlackToken, ["SlackMessage"] = new JsonObject { ["text"] = text } };
        return activity;
    }
}
