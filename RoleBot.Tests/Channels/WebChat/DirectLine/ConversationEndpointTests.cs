using System.Net;
using System.Text.Json.Nodes;
using RoleBot.Tests.Channels.WebChat.DirectLine.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine;

public class ConversationEndpointTests(DirectLineApp factory) : IClassFixture<DirectLineApp>
{
    private readonly DirectLineTestClient _client = factory.CreateDirectLineClient();

    [Fact]
    public async Task PageTokenIsBoundToAFreshConversationAndADirectLineUser()
    {
        var first = await _client.PageTokenAsync();
        var second = await _client.PageTokenAsync();

        Assert.NotEqual(first.ConversationId, second.ConversationId);
        Assert.Equal(1800, first.ExpiresIn);
        Assert.Equal(first.ConversationId, first.Claims.GetProperty("conv").GetString());
        Assert.StartsWith("dl_", first.Claims.GetProperty("user").GetString());
    }

    [Fact]
    public async Task GenerateWithTheSecretReservesAConversationForTheNamedUser()
    {
        var ticket = await _client.GenerateAsync(new JsonObject { ["user"] = new JsonObject { ["id"] = "alice", ["name"] = "Alice" } });

        Assert.Equal("dl_alice", ticket.Claims.GetProperty("user").GetString());
        await _client.StartAsync(ticket.Token, HttpStatusCode.Created);
    }

    [Fact]
    public async Task GenerateKeepsAnIdThatAlreadyHasTheDirectLinePrefix()
    {
        var ticket = await _client.GenerateAsync(new JsonObject { ["user"] = new JsonObject { ["id"] = "dl_bob" } });

        Assert.Equal("dl_bob", ticket.Claims.GetProperty("user").GetString());
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("{\"user\":\"alice\"}")]
    [InlineData("{\"user\":{\"id\":\"a\u0007b\"}}")]
    public async Task GenerateRejectsAMalformedBodyWith400(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", DirectLineApp.Secret);

        using var response = await _client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task StartingTwiceAnswers201Then200AndWelcomesOnce()
    {
        var token = (await _client.PageTokenAsync()).Token;

        var started = await _client.StartAsync(token, HttpStatusCode.Created);
        var again = await _client.StartAsync(started.Token, HttpStatusCode.OK);

        Assert.Equal(started.ConversationId, again.ConversationId);
        var page = await _client.PollAsync(again.Token, again.ConversationId);
        var welcome = Assert.Single(page.Activities);
        Assert.Equal("bot", welcome.Role());
        Assert.Equal("message", welcome.Str("type"));
        Assert.Equal("directline", welcome.Str("channelId"));
        Assert.Equal($"{started.ConversationId}|0000001", welcome.Str("id"));
        Assert.Equal("1", page.Watermark);
    }

    [Fact]
    public async Task ConcurrentStartsOfOneConversationWelcomeOnce()
    {
        var token = (await _client.PageTokenAsync()).Token;

        var statuses = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, new JsonObject());
            return response.StatusCode;
        }));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
        var ticket = await _client.StartAsync(token, HttpStatusCode.OK);
        Assert.Single((await _client.PollAsync(ticket.Token, ticket.ConversationId)).Activities);
    }

    [Fact]
    public async Task TheSecretStartsANewConversationEachTimeWithATokenForIt()
    {
        var first = await _client.StartAsync(DirectLineApp.Secret, HttpStatusCode.Created, new JsonObject());
        var second = await _client.StartAsync(DirectLineApp.Secret, HttpStatusCode.Created, new JsonObject());

        Assert.NotEqual(first.ConversationId, second.ConversationId);
        Assert.Equal(first.ConversationId, first.Claims.GetProperty("conv").GetString());
        Assert.Single((await _client.PollAsync(first.Token, first.ConversationId)).Activities);
    }

    [Fact]
    public async Task ReconnectReturnsTheConversationWithAFreshToken()
    {
        var ticket = await _client.OpenAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ticket.ConversationId}?watermark=1", ticket.Token);
        var reconnected = await Ticket.ReadAsync(response, HttpStatusCode.OK);

        Assert.Equal(ticket.ConversationId, reconnected.ConversationId);
        Assert.Equal(ticket.Claims.GetProperty("user").GetString(), reconnected.Claims.GetProperty("user").GetString());
        Assert.Single((await _client.PollAsync(reconnected.Token, ticket.ConversationId)).Activities);
    }

    [Fact]
    public async Task ReconnectToAReservedConversationStartsIt()
    {
        var ticket = await _client.PageTokenAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ticket.ConversationId}", ticket.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single((await _client.PollAsync(ticket.Token, ticket.ConversationId)).Activities);
    }

    [Theory]
    [InlineData("GET", "/v3/directline/conversations/nope")]
    [InlineData("GET", "/v3/directline/conversations/nope/activities?watermark=")]
    [InlineData("POST", "/v3/directline/conversations/nope/activities")]
    public async Task AnUnknownConversationIs404ForTheSecret(string method, string path)
    {
        using var response = await _client.SendAsync(new HttpMethod(method), path, DirectLineApp.Secret, WebChatActivities.Message("hi"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task UploadIsRefusedWithAClearProblem()
    {
        var ticket = await _client.OpenAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ticket.ConversationId}/upload?userId=x", ticket.Token, new JsonObject());

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Uploads are not supported", await response.Content.ReadAsStringAsync());
    }
}
