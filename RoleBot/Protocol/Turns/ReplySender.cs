using RoleBot.Auth;
using RoleBot.Protocol.Connector;

namespace RoleBot.Protocol.Turns;

/// <summary>Sends a turn's replies to the channel, attaching a token only to serviceUrls that authentication vouched for.</summary>
public sealed class ReplySender(IConnectorClient connector, AnonymousServiceUrlPolicy policy, ILogger<ReplySender> logger)
{
    public Task<string?> SendAsync(Activity reply, AuthenticationResult authentication, CancellationToken cancellationToken) =>
        SendAsync(reply, authentication, departure: null, cancellationToken);

    /// <summary>Sends one reply; <paramref name="departure"/> runs as soon as its body has left (see <see cref="IConnectorClient.SendAsync"/>).</summary>
    public Task<string?> SendAsync(Activity reply, AuthenticationResult authentication, Func<CancellationToken, Task>? departure, CancellationToken cancellationToken)
    {
        if (authentication.IsAnonymous && !policy.IsAllowed(reply.ServiceUrl))
        {
            ProtocolLog.AnonymousServiceUrlRefused(logger, LogValue.Untrusted(reply.ServiceUrl, LogValue.MaxUrlLength));
            throw new ServiceUrlNotAllowedException(reply.ServiceUrl);
        }

        var attachToken = authentication.ServiceUrlTrusted && !authentication.IsAnonymous;
        return connector.SendAsync(reply, attachToken, departure, cancellationToken);
    }
}
