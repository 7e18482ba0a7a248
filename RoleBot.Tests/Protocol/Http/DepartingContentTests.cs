using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RoleBot.Protocol;
using RoleBot.Protocol.Connector;
using RoleBot.Tests.Auth.Outbound;
using RoleBot.Tests.Auth.Support;
using RoleBot.Tests.Support;

using Reply = RoleBot.Tests.Support.FakeConnector.Reply;

namespace RoleBot.Tests.Protocol.Http;

/// <summary>The departure step of a reply, through the real "BotConnector" pipeline (token and retry handlers).</summary>
public sealed class DepartingContentTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero)) { TimersFireAtOnce = true };
    private TokenEndpoint _tokens = null!;
    private FakeConnector _connector = null!;
    private ServiceProvider _services = null!;
    private readonly List<int> _requestsSeenAtDeparture = [];

    public async Task InitializeAsync()
    {
        _tokens = await TokenEndpoint.StartAsync();
        _connector = await FakeConnector.StartAsync();
        _services = AuthServices.Build(AccessTokenProviderTests.Settings(_tokens), time: _time);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
        await _tokens.DisposeAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task DepartsOnceTheChannelHasTheWholeBody(bool attachToken)
    {
        await SendAsync(_connector.ServiceUrl, attachToken);

        Assert.Equal([1], _requestsSeenAtDeparture);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task DepartsOnceWhenTheRetryHandlerSendsTheReplyAgain()
    {
        _connector.Script(new Reply(503), new Reply(429, "1"));

        await SendAsync(_connector.ServiceUrl, attachToken: true);

        Assert.Equal([1], _requestsSeenAtDeparture);
        Assert.Equal(3, _connector.Requests.Count);
        Assert.Single(_connector.Requests.Select(r => r.Body).Distinct());
    }

    [Fact]
    public async Task NeverDepartsWhenTheChannelCannotBeReached()
    {
        await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync($"http://127.0.0.1:{LoopbackPorts.Free()}/", attachToken: false));

        Assert.Empty(_requestsSeenAtDeparture);
    }

    private Task<string?> SendAsync(string serviceUrl, bool attachToken) =>
        new ConnectorClient(_services.GetRequiredService<IHttpClientFactory>(), NullLogger<ConnectorClient>.Instance)
            .SendAsync(Reply(serviceUrl), attachToken, async _ =>
            {
                // The channel can only have read the whole body if it was flushed before the departure ran.
                await _connector.WaitForAsync(_ => true);
                _requestsSeenAtDeparture.Add(_connector.Requests.Count);
            }, CancellationToken.None);

    private static Activity Reply(string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Text = "A VP usually ranks above a GM.",
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "a:conv" },
    };
}
