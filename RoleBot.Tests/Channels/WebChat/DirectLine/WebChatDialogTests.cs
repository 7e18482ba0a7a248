using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Tests.Channels.WebChat.DirectLine.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine;

/// <summary>A whole Web Chat dialog through Direct Line: a typed question, then a button click posted as value, as Web Chat posts Action.Submit.</summary>
public class WebChatDialogTests(DirectLineApp factory) : IClassFixture<DirectLineApp>
{
    private readonly DirectLineTestClient _client = factory.CreateDirectLineClient();

    public static TheoryData<string> Cases => DialogCase.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AFollowUpButtonBringsTheNextCard(string name)
    {
        var testCase = DialogCase.Get(name);
        var ticket = await _client.OpenAsync();

        var askId = await _client.SendMessageAsync(ticket, WebChatActivities.Message(testCase.Question));
        var first = await ReplyToAsync(ticket, "1", askId);
        var firstCard = first.Card()!.Value.GetRawText();
        Assert.All(testCase.FirstCardMentions, m => Assert.Contains(m, firstCard));

        var button = first.Card()!.Value.Submits().First(s => s.GetProperty("data").Str("action") == testCase.Click);
        var clickId = await _client.SendMessageAsync(ticket, WebChatActivities.Message(null, value: JsonNode.Parse(button.GetProperty("data").GetRawText())));
        var next = await ReplyToAsync(ticket, "1", clickId);

        var nextCard = next.Card()!.Value.GetRawText();
        Assert.NotEqual(firstCard, nextCard);
        Assert.All(testCase.NextCardMentions, m => Assert.Contains(m, nextCard));
    }

    private async Task<JsonElement> ReplyToAsync(Ticket ticket, string watermark, string inboundId)
    {
        var seen = await _client.PollUntilAsync(ticket, watermark, a => a.Any(x => x.Str("replyToId") == inboundId && x.Card() is not null));
        return seen.First(x => x.Str("replyToId") == inboundId && x.Card() is not null);
    }
}
