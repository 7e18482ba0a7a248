using System.Net;
using System.Text.Json;
using RoleBot.Tests.Channels.Teams.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>Questions from every Teams scope reach the real bot and are answered in the same conversation or thread.</summary>
public class TeamsConversationTests(TeamsFixture fixture) : IClassFixture<TeamsFixture>
{
    public static TheoryData<string> Scopes => ["personal", "groupChat", "channel"];

    private static string ConversationFor(string scope) => scope switch
    {
        "personal" => TeamsPayloads.NewPersonalId(),
        "groupChat" => TeamsPayloads.NewGroupChatId(),
        _ => $"{TeamsPayloads.NewChannelId()};messageid={TeamsPayloads.NewActivityId()}",
    };

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task AnswersARankQuestionWithAnExecuteCardInTheSameConversation(string scope)
    {
        var conversationId = ConversationFor(scope);
        var message = TeamsPayloads.Message("who is higher, GM or VP?", scope, conversationId, fixture.ServiceUrl);
        var id = (string)message["id"]!;

        using var response = await fixture.Client.PostActivityAsync(message);
        var reply = await fixture.Connector.WaitForAsync(r => r.RawTarget.EndsWith("/activities/" + id, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{id}", reply.RawTarget);
        var json = reply.Json;
        Assert.Equal(id, json.GetProperty("replyToId").GetString());
        Assert.Equal(conversationId, json.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal(TeamsPayloads.BotId, json.GetProperty("from").GetProperty("id").GetString());
        var card = json.GetProperty("attachments")[0].GetProperty("content");
        var cardText = card.GetRawText();
        Assert.Contains("Vice President", cardText);
        Assert.Contains("General Manager", cardText);
        Assert.Contains("\"Action.Execute\"", cardText);
        Assert.DoesNotContain("<at>", json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task ChannelThreadIdIsEscapedInTheReplyUrl()
    {
        var thread = $"{TeamsPayloads.NewChannelId()};messageid=1718000000001";
        var message = TeamsPayloads.Message("what does a COO do?", "channel", thread, fixture.ServiceUrl, id: "1718000000999");

        await fixture.Client.PostActivityAsync(message);
        var reply = await fixture.Connector.WaitForAsync(r => r.RawTarget.EndsWith("/activities/1718000000999", StringComparison.Ordinal)
            && r.RawTarget.Contains(thread.Split('@')[0][3..], StringComparison.Ordinal));

        var escapedThread = reply.RawTarget.Split('/')[3];
        Assert.StartsWith("19%3A", escapedThread);
        Assert.Contains("%40thread.tacv2%3Bmessageid%3D1718000000001", escapedThread);
        Assert.DoesNotContain(";", reply.RawTarget);
        Assert.Equal(thread, Uri.UnescapeDataString(escapedThread));
    }

    [Fact]
    public async Task OtherPeoplesMentionsReachTheBotAsPlainNames()
    {
        var conversationId = ConversationFor("groupChat");
        var message = TeamsPayloads.Message("what comes after project manager?", "groupChat", conversationId, fixture.ServiceUrl);
        message["text"] = $"<at>{TeamsPayloads.BotName}</at> <at>Alex Wilber</at> asks: what comes after project manager?";
        message["entities"]!.AsArray().Add(JsonSerializer.SerializeToNode(new
        {
            type = "mention",
            mentioned = new { id = "29:1alex", name = "Alex Wilber" },
            text = "<at>Alex Wilber</at>",
        }));
        var id = (string)message["id"]!;

        await fixture.Client.PostActivityAsync(message);
        var reply = await fixture.Connector.WaitForAsync(r => r.RawTarget.EndsWith("/activities/" + id, StringComparison.Ordinal));

        Assert.Contains("Project Manager", reply.Json.GetProperty("attachments")[0].GetProperty("content").GetRawText());
    }
}
