using System.Net;
using System.Text.Json;
using RoleBot.Tests.Channels.WebChat.DirectLine.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine;

/// <summary>Web Chat marks a message sent only when the poll echoes it with its clientActivityID and an id (docs/protocol.md §6.4).</summary>
public class SendContractTests(DirectLineApp factory) : IClassFixture<DirectLineApp>
{
    private readonly DirectLineTestClient _client = factory.CreateDirectLineClient();

    [Fact]
    public async Task APostIsEchoedWithItsClientActivityIdThenAnsweredWithACardFromTheBot()
    {
        var ticket = await _client.OpenAsync();
        var welcome = await _client.PollAsync(ticket.Token, ticket.ConversationId);

        var id = await _client.SendMessageAsync(ticket, WebChatActivities.Message("who is higher, GM or VP?", "client-1"));
        var seen = await _client.PollUntilAsync(ticket, welcome.Watermark, a => a.Any(x => x.Role() == "bot"));

        var echo = seen[0];
        Assert.Equal(id, echo.Str("id"));
        Assert.Equal($"{ticket.ConversationId}|0000002", id);
        Assert.Equal("client-1", echo.ClientActivityId());
        Assert.Equal("user", echo.Role());
        Assert.Equal("who is higher, GM or VP?", echo.Str("text"));
        Assert.Equal(ticket.ConversationId, echo.GetProperty("conversation").Str("id"));
        Assert.Equal("directline", echo.Str("channelId"));
        Assert.NotNull(echo.Str("timestamp"));

        var reply = seen.Single(a => a.Role() == "bot");
        Assert.Equal(id, reply.Str("replyToId"));
        Assert.Equal("rolebot", reply.GetProperty("from").Str("id"));
        Assert.NotNull(reply.Str("id"));
        var card = Assert.IsType<JsonElement>(reply.Card());
        Assert.Contains("Vice President", card.GetRawText());
        Assert.NotEmpty(card.Submits());
    }

    [Fact]
    public async Task ATokenPostsOnlyAsItsOwnUser()
    {
        var ticket = await _client.OpenAsync();

        await _client.SendMessageAsync(ticket, WebChatActivities.Message("help", "impersonation", fromId: "dl_someone-else"));
        var echo = (await _client.PollAsync(ticket.Token, ticket.ConversationId, "1")).Activities[0];

        Assert.Equal(ticket.Claims.GetProperty("user").GetString(), echo.GetProperty("from").Str("id"));
    }

    [Fact]
    public async Task TheSecretMayPostAsTheUserItNames()
    {
        var ticket = await _client.OpenAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ticket.ConversationId}/activities",
            DirectLineApp.Secret, WebChatActivities.Message("help", fromId: "dl_operator"));
        var echo = (await _client.PollAsync(DirectLineApp.Secret, ticket.ConversationId, "1")).Activities[0];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("dl_operator", echo.GetProperty("from").Str("id"));
    }

    [Fact]
    public async Task EveryActivityIdIsUniqueAndInOrder()
    {
        var ticket = await _client.OpenAsync();

        foreach (var text in new[] { "help", "what does a product owner do?", "cancel" })
        {
            await _client.SendMessageAsync(ticket, WebChatActivities.Message(text));
        }

        var all = (await _client.PollAsync(ticket.Token, ticket.ConversationId)).Activities;
        var ids = all.Select(a => a.Str("id")!).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(3, all.Count(a => a.Role() == "user"));
    }
}
