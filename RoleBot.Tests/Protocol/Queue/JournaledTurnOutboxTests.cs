using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using RoleBot.Auth;
using RoleBot.Protocol;
using RoleBot.Protocol.Connector;
using RoleBot.Protocol.Queue;
using RoleBot.Protocol.Turns;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Protocol.Queue;

/// <summary>When a journaled turn's entry leaves the journal, against a real loopback Connector (the journal is mocked).</summary>
public sealed class JournaledTurnOutboxTests : IAsyncLifetime
{
    private const long EntryId = 42;
    private readonly Mock<ITurnJournal> _journal = new(MockBehavior.Strict);
    private int _completions;
    private FakeConnector _connector = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        var services = new ServiceCollection();
        services.AddHttpClient(ConnectorHttp.ClientName);
        _services = services.BuildServiceProvider();
        _journal.Setup(j => j.CompleteAsync(EntryId, It.IsAny<CancellationToken>()))
            .Returns(() =>
            {
                Interlocked.Increment(ref _completions);
                return Task.CompletedTask;
            });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task TheEntryLeavesTheJournalOnceAsTheFirstReplyDepartsAndEveryReplyIsSent()
    {
        await Outbox(AuthenticationResult.Anonymous).DeliverAsync([Reply(_connector.ServiceUrl, "first"), Reply(_connector.ServiceUrl, "second")], default);

        Assert.Equal(1, _completions);
        Assert.Equal(["first", "second"], _connector.Requests.Select(r => r.Json.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task RepliesThatCannotReachTheChannelStayJournaledForAnotherAttempt()
    {
        await Assert.ThrowsAsync<HttpRequestException>(() =>
            Outbox(AuthenticationResult.Anonymous).DeliverAsync([Reply($"http://127.0.0.1:{LoopbackPorts.Free()}/", "lost?")], default));

        _journal.Verify(j => j.CompleteAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task RepliesNoInstanceMaySendLeaveTheJournal()
    {
        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() =>
            Outbox(AuthenticationResult.Anonymous).DeliverAsync([Reply("https://smba.trafficmanager.net/amer/", "refused")], default));

        Assert.Equal(1, _completions);
    }

    [Fact]
    public async Task ATurnWithoutRepliesLeavesTheJournal()
    {
        await Outbox(AuthenticationResult.Anonymous).DeliverAsync([], default);

        Assert.Equal(1, _completions);
    }

    private JournaledTurnOutbox Outbox(AuthenticationResult authentication)
    {
        var sender = new ReplySender(
            new ConnectorClient(_services.GetRequiredService<IHttpClientFactory>(), NullLogger<ConnectorClient>.Instance),
            new AnonymousServiceUrlPolicy(Options.Create(new AnonymousOutboundOptions())),
            NullLogger<ReplySender>.Instance);
        return new(_journal.Object, EntryId, (reply, departure, ct) => sender.SendAsync(reply, authentication, departure, ct));
    }

    private static Activity Reply(string serviceUrl, string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "journaled" },
    };
}
