using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using RoleBot.Protocol.Turns;
using RoleBot.State;
using RoleBot.Tests.Channels.WebChat.DirectLine.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine;

/// <summary>What goes wrong stays visible in the stream and never stops DirectLineJS's poller.</summary>
public class FailureTests(EchoDirectLineApp factory) : IClassFixture<EchoDirectLineApp>
{
    private readonly DirectLineTestClient _client = factory.CreateDirectLineClient();

    [Fact]
    public async Task ABotThatThrowsLeavesTheEchoAndAnApologyInTheStream()
    {
        var ticket = await _client.OpenAsync();

        var id = await _client.SendMessageAsync(ticket, WebChatActivities.Message("boom", "boom-1"));
        var page = await _client.PollAsync(ticket.Token, ticket.ConversationId, "1");

        Assert.Equal("boom-1", page.Activities[0].ClientActivityId());
        var apology = page.Activities[1];
        Assert.Equal("bot", apology.Role());
        Assert.Equal(TurnErrorHandler.Apology, apology.Str("text"));
        Assert.Equal(id, apology.Str("replyToId"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"message\",\"channelData\":\"clientActivityID\"}")]
    [InlineData("{\"type\":\"message\",\"from\":\"me\"}")]
    [InlineData("not json")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"channelData\":{\"clientActivityID\":\"\\ud800\"}}")]
    [InlineData("{\"type\":\"message\",\"value\":{\"rolebot\":\"v1\",\"role\":\"\\udc00\"}}")]
    public async Task AMalformedActivityIs400AndNothingIsStored(string body)
    {
        var ticket = await _client.OpenAsync();

        using var response = await PostRawAsync(ticket, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1", (await _client.PollAsync(ticket.Token, ticket.ConversationId)).Watermark);
    }

    [Theory]
    [InlineData("{\"type\":\"conversationUpdate\",\"membersAdded\":[{\"id\":\"someone\"}]}")]
    [InlineData("{\"type\":\"installationUpdate\",\"action\":\"add\"}")]
    [InlineData("{\"type\":\"invoke\",\"name\":\"adaptiveCard/action\",\"value\":{}}")]
    [InlineData("{\"type\":\"Message\",\"text\":\"hi\"}")]
    public async Task ActivityTypesOnlyTheChannelSendsAre400AndNeverReachTheStream(string body)
    {
        var ticket = await _client.OpenAsync();

        using var response = await PostRawAsync(ticket, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("1", (await _client.PollAsync(ticket.Token, ticket.ConversationId)).Watermark);
    }

    [Theory]
    [InlineData("{\"type\":\"event\",\"name\":\"webchat/join\",\"value\":{}}")]
    [InlineData("{\"type\":\"typing\"}")]
    public async Task EventsAndTypingFromWebChatAreAccepted(string body)
    {
        var ticket = await _client.OpenAsync();

        using var response = await PostRawAsync(ticket, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnActivityOverTheBodyLimitIs413()
    {
        var ticket = await _client.OpenAsync();

        using var response = await _client.PostAsync(ticket, WebChatActivities.Message(new string('x', 300 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ABotThatCannotRunAtAllIs502WhileThePollStillAnswers()
    {
        var store = new Mock<IConversationStateStore>();
        store.Setup(s => s.LoadAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("store broken"));
        store.Setup(s => s.DeleteAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("store broken"));
        await using var app = new RoleBotAppFactory(DirectLineApp.With(echoBot: true, services: s => s.AddSingleton(store.Object)));
        var client = app.CreateDirectLineClient();
        var ticket = await client.OpenAsync();

        using var response = await client.PostAsync(ticket, WebChatActivities.Message("hello", "stored-anyway"));
        var page = await client.PollAsync(ticket.Token, ticket.ConversationId);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains(page.Activities, a => a.ClientActivityId() == "stored-anyway");
    }

    [Fact]
    public async Task AnInternalFaultDuringAPollAnswers200WithTheCallersWatermark()
    {
        await using var app = new EchoDirectLineApp();
        var client = app.CreateDirectLineClient();
        var ticket = await client.OpenAsync();

        app.Clock.Fail = true;
        var faulted = await client.PollAsync(ticket.Token, ticket.ConversationId, "0");
        app.Clock.Fail = false;
        var recovered = await client.PollAsync(ticket.Token, ticket.ConversationId, faulted.Watermark);

        Assert.Empty(faulted.Activities);
        Assert.Equal("0", faulted.Watermark);
        Assert.Single(recovered.Activities);
        await app.Logs.WaitForAsync(l => l.Contains("poll of conversation", StringComparison.Ordinal) && l.Contains("failed", StringComparison.Ordinal));
    }

    private async Task<HttpResponseMessage> PostRawAsync(Ticket ticket, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{ticket.ConversationId}/activities")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", ticket.Token);
        return await _client.Http.SendAsync(request);
    }
}
