using Microsoft.Extensions.DependencyInjection;
using RoleBot.Protocol;
using RoleBot.Protocol.Connector;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Protocol.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private readonly OptionRecorder _options = new();
    private FakeConnector _connector = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        var services = new ServiceCollection();
        services.AddHttpClient(ConnectorHttp.ClientName).AddHttpMessageHandler(() => _options);
        services.AddSingleton<IConnectorClient, ConnectorClient>();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData("conv-200")]
    [InlineData("conv-status-201")]
    public async Task ReturnsTheIdTheChannelAssigned(string conversationId)
    {
        var id = await Send(conversationId);

        Assert.StartsWith("sent-", id);
    }

    [Fact]
    public async Task AcceptsAnEmpty202()
    {
        Assert.Null(await Send("conv-status-202"));
    }

    [Fact]
    public async Task FailureCarriesTheChannelErrorButNotTheRequestBody()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() => Send("conv-status-500", text: "private user words"));

        Assert.Equal(500, error.StatusCode);
        Assert.Equal("ServiceError", error.ErrorCode);
        Assert.Equal("The channel is down.", error.ErrorMessage);
        Assert.DoesNotContain("private user words", error.Message);
    }

    [Fact]
    public async Task PostsJsonWithCharsetToTheEscapedUrl()
    {
        await Send("a:b@c;d|e", replyToId: "r|1");

        var request = await _connector.WaitForAsync(r => r.RawTarget.Contains("a%3Ab%40c%3Bd%7Ce"));
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/a%3Ab%40c%3Bd%7Ce/activities/r%7C1", request.RawTarget);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal("hello", request.Json.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TellsTheHandlersWhetherATokenMayBeAttached(bool attachToken)
    {
        await Send("conv-token", attachToken: attachToken);

        Assert.Equal(attachToken, _options.LastAttachToken);
    }

    private Task<string?> Send(string conversationId, string? replyToId = null, string text = "hello", bool attachToken = false) =>
        _services.GetRequiredService<IConnectorClient>().SendAsync(
            new Activity
            {
                Type = "message",
                Text = text,
                ServiceUrl = _connector.BaseUrl, // no trailing slash, as the Emulator sends it
                Conversation = new ConversationAccount { Id = conversationId },
                ReplyToId = replyToId,
            },
            attachToken,
            departure: null,
            default);

    private sealed class OptionRecorder : DelegatingHandler
    {
        public bool? LastAttachToken { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            LastAttachToken = request.Options.TryGetValue(ConnectorHttp.AttachToken, out var attach) ? attach : null;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
