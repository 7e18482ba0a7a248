using System.Net;
using System.Text.Json.Nodes;
using RoleBot.Tests.Channels.Teams.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>
/// A button from a real Teams reply, clicked as Teams would click it (adaptiveCard/action with the button's verb
/// and data), continues the same conversation's dialog: message turns and invoke turns share state.
/// </summary>
public class ExecuteRoundTripTests(TeamsFixture fixture) : IClassFixture<TeamsFixture>
{
    private async Task<JsonObject> AskAsync(string conversationId, string text)
    {
        var message = TeamsPayloads.Message(text, "personal", conversationId, fixture.ServiceUrl);
        await fixture.Client.PostActivityAsync(message);
        var reply = await fixture.Connector.WaitForAsync(r => r.RawTarget.EndsWith("/activities/" + (string)message["id"]!, StringComparison.Ordinal));

        // Replies go out during the turn and state is saved after it; a click sent the instant the reply lands
        // could otherwise read the state from before the question.
        await fixture.WaitForStateAsync(conversationId, data => data.LastIntent is not null || data.DialogStack.Count > 0);
        return JsonNode.Parse(reply.Body)!.AsObject();
    }

    private static JsonObject Button(JsonObject reply, string verb) =>
        CardJsonWalker.OfType(reply["attachments"]![0]!["content"], "Action.Execute").First(a => (string?)a["verb"] == verb);

    private async Task<(HttpStatusCode Status, JsonObject Body)> ClickAsync(string conversationId, JsonObject button)
    {
        var value = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = "btn", ["verb"] = (string?)button["verb"], ["data"] = button["data"]!.DeepClone() },
            ["trigger"] = "manual",
        };
        using var response = await fixture.Client.PostActivityAsync(TeamsPayloads.Invoke("adaptiveCard/action", value, "personal", conversationId, fixture.ServiceUrl));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    [Fact]
    public async Task ChoosingWhichPmOnTheClarificationCardAnswersTheQuestion()
    {
        var chat = TeamsPayloads.NewPersonalId();
        var question = await AskAsync(chat, "who is higher, PM or senior manager?");
        var choose = Button(question, "rolebot.choose");
        var chosen = (string)choose["data"]!["role"]!;

        var (status, body) = await ClickAsync(chat, choose);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        var card = body["value"]!.AsObject();
        CardOutput.Write("teams-roundtrip-choose", card);
        Assert.Contains("Senior Manager", (string?)card["fallbackText"]);
        Assert.Contains("rolebot.", card.ToJsonString());
        Assert.Contains(chosen, new[] { "project-manager", "product-manager", "program-manager" });
    }

    [Fact]
    public async Task AnAnswerCardsFollowUpButtonWorksAsAnExecute()
    {
        var chat = TeamsPayloads.NewPersonalId();
        var answer = await AskAsync(chat, "what does an operations manager do?");
        var followUp = CardJsonWalker.OfType(answer["attachments"]![0]!["content"], "Action.Execute").First();

        var (status, body) = await ClickAsync(chat, followUp);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Contains((string?)body["type"], new[] { "application/vnd.microsoft.card.adaptive", "application/vnd.microsoft.activity.message" });
    }

    [Fact]
    public async Task AnOldChoiceButtonStillAnswersAndTheNoticeGoesToTheChat()
    {
        var chat = TeamsPayloads.NewPersonalId();
        var question = await AskAsync(chat, "who is higher, PM or senior manager?");
        var choose = Button(question, "rolebot.choose");
        await ClickAsync(chat, choose);

        var (status, body) = await ClickAsync(chat, choose);
        var notice = await fixture.Connector.WaitForAsync(r => r.RawTarget.Contains(Uri.EscapeDataString(chat), StringComparison.Ordinal)
            && r.Body.Contains("already finished", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("message", notice.Json.GetProperty("type").GetString());
    }
}
