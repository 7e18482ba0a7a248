using System.Net;
using RoleBot.Tests.Channels.WebChat.DirectLine.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine.Turns;

/// <summary>A Direct Line reply becomes visible only once the turn's state is saved, never before.</summary>
public sealed class DirectLineOutboxTests
{
    [Fact]
    public async Task AReplyReachesTheConversationOnlyAfterTheTurnSavedItsState()
    {
        await using var app = new EchoDirectLineApp();
        var client = app.CreateDirectLineClient();
        var ticket = await client.OpenAsync();

        var posted = client.PostAsync(ticket, WebChatActivities.Message("answer then block", "block-1"));
        await app.Recorder.WaitForAsync(a => a.Text == "answer then block");
        await Task.Delay(TimeSpan.FromMilliseconds(300));

        // An instance killed now must not have shown an answer that its saved state knows nothing of.
        var meanwhile = await client.PollAsync(ticket.Token, ticket.ConversationId, "1");
        Assert.DoesNotContain(meanwhile.Activities, a => a.Role() == "bot");

        app.Gate.Open();
        using var response = await posted;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await client.PollAsync(ticket.Token, ticket.ConversationId, "1");
        Assert.Contains(after.Activities, a => a.Role() == "bot" && a.Str("text") == "echo answer then block #1");
        Assert.Equal("echo next #2", await NextAnswerAsync(client, ticket, after.Watermark));
    }

    private static async Task<string?> NextAnswerAsync(DirectLineTestClient client, Ticket ticket, string watermark)
    {
        await client.SendMessageAsync(ticket, WebChatActivities.Message("next", "next-1"));
        var seen = await client.PollUntilAsync(ticket, watermark, all => all.Any(a => a.Role() == "bot"));
        return seen.First(a => a.Role() == "bot").Str("text");
    }
}
