using RoleBot.Protocol.Http;

namespace RoleBot.Protocol.Connector;

/// <summary>Sends activities to a channel through the Bot Connector REST API (v3).</summary>
public interface IConnectorClient
{
    /// <summary>
    /// POSTs to {serviceUrl}v3/conversations/{conversationId}/activities[/{replyToId}] and returns the new
    /// activity id when the channel reports one. <paramref name="attachToken"/> is false unless the
    /// serviceUrl passed inbound claim validation. <paramref name="departure"/>, when given, runs once as soon as the
    /// body has been flushed to the connection (see <see cref="DepartingContent"/>); a send that fails earlier never runs it.
    /// </summary>
    Task<string?> SendAsync(Activity activity, bool attachToken, Func<CancellationToken, Task>? departure, CancellationToken cancellationToken);
}
