using System.Net;
using RoleBot.Tests.Channels.WebChat.DirectLine.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine;

/// <summary>Tokens expire by the injected clock; DirectLineJS refreshes every 15 minutes and keeps polling with the new token.</summary>
public sealed class TokenLifetimeTests : IAsyncLifetime
{
    private readonly EchoDirectLineApp _app = new();
    private DirectLineTestClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _app.CreateDirectLineClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ATokenWorksUntilItsLifetimeEndsAndIs403After()
    {
        var ticket = await _client.OpenAsync();

        _app.Clock.Advance(TimeSpan.FromMinutes(29));
        await _client.PollAsync(ticket.Token, ticket.ConversationId);
        _app.Clock.Advance(TimeSpan.FromMinutes(1));

        using var poll = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ticket.ConversationId}/activities?watermark=", ticket.Token);
        using var post = await _client.PostAsync(ticket, WebChatActivities.Message("late"));
        Assert.Equal(HttpStatusCode.Forbidden, poll.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task ARefreshedTokenOutlivesTheOriginalForTheSameConversationAndUser()
    {
        var ticket = await _client.OpenAsync();
        _app.Clock.Advance(TimeSpan.FromMinutes(15));

        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", ticket.Token);
        var refreshed = await Ticket.ReadAsync(response, HttpStatusCode.OK);
        _app.Clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(ticket.ConversationId, refreshed.ConversationId);
        Assert.Equal(ticket.Claims.GetProperty("user").GetString(), refreshed.Claims.GetProperty("user").GetString());
        Assert.Equal(1800, refreshed.ExpiresIn);
        Assert.Single((await _client.PollAsync(refreshed.Token, ticket.ConversationId)).Activities);
        using var old = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ticket.ConversationId}/activities", ticket.Token);
        Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
    }

    [Fact]
    public async Task AnExpiredTokenCannotBeRefreshed()
    {
        var ticket = await _client.OpenAsync();
        _app.Clock.Advance(TimeSpan.FromMinutes(31));

        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", ticket.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TheSecretNeverExpires()
    {
        var ticket = await _client.OpenAsync();
        _app.Clock.Advance(TimeSpan.FromMinutes(50));

        var page = await _client.PollAsync(DirectLineApp.Secret, ticket.ConversationId);

        Assert.Single(page.Activities);
    }
}
