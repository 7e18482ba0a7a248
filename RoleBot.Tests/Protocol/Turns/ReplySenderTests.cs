using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using RoleBot.Auth;
using RoleBot.Protocol;
using RoleBot.Protocol.Connector;
using RoleBot.Protocol.Turns;

namespace RoleBot.Tests.Protocol.Turns;

public class ReplySenderTests
{
    private readonly Mock<IConnectorClient> _connector = new();

    [Fact]
    public async Task AnonymousReplyToAPublicServiceUrlIsRefusedWithoutAnyRequest()
    {
        var reply = Reply("https://smba.trafficmanager.net/amer/");

        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => Sender().SendAsync(reply, AuthenticationResult.Anonymous, default));

        _connector.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task AnonymousReplyToLoopbackIsSentWithoutToken()
    {
        await Sender().SendAsync(Reply("http://localhost:3979/"), AuthenticationResult.Anonymous, default);

        _connector.Verify(c => c.SendAsync(It.IsAny<Activity>(), false, null, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ReplyToAValidatedServiceUrlAttachesAToken()
    {
        await Sender().SendAsync(Reply("https://smba.trafficmanager.net/amer/"), AuthenticationResult.Trusted, default);

        _connector.Verify(c => c.SendAsync(It.IsAny<Activity>(), true, null, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task AuthenticatedButUnvouchedServiceUrlGetsNoToken()
    {
        var authenticated = new AuthenticationResult(true, null, IsAnonymous: false, ServiceUrlTrusted: false);

        await Sender().SendAsync(Reply("https://smba.trafficmanager.net/amer/"), authenticated, default);

        _connector.Verify(c => c.SendAsync(It.IsAny<Activity>(), false, null, It.IsAny<CancellationToken>()), Times.Once);
    }

    private ReplySender Sender() => new(
        _connector.Object,
        new AnonymousServiceUrlPolicy(Options.Create(new AnonymousOutboundOptions())),
        NullLogger<ReplySender>.Instance);

    private static Activity Reply(string serviceUrl) =>
        new() { Type = "message", ServiceUrl = serviceUrl, Conversation = new ConversationAccount { Id = "c" } };
}
