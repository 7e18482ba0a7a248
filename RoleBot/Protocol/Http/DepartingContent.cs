using System.Net;

namespace RoleBot.Protocol.Http;

/// <summary>
/// A reply body that runs its departure step once, when the body is first written to an open connection (token
/// attached, connection made), never earlier. A journaled turn deletes its entry there: a reply that could not even
/// reach the channel stays in the journal to be sent again, and a death can lose a reply only between the deletion
/// and one socket write, not across the connection set-up and the handler pipeline. Used for Connector and Slack replies.
/// </summary>
/// <remarks>
/// Re-sendable as it is (a retry writes the same bytes), so the retry handler does not buffer it. Only the asynchronous
/// write departs: the connector never sends synchronously.
/// </remarks>
public sealed class DepartingContent(byte[] body, Func<CancellationToken, Task>? departure) : ByteArrayContent(body)
{
    private readonly byte[] _body = body;
    private Func<CancellationToken, Task>? _departure = departure;

    /// <summary>A departure that runs at most once however many requests (retries) carry it; null stays null.</summary>
    public static Func<CancellationToken, Task>? Once(Func<CancellationToken, Task>? departure)
    {
        if (departure is null)
        {
            return null;
        }

        var pending = departure;
        return ct => Interlocked.Exchange(ref pending, null) is { } first ? first(ct) : Task.CompletedTask;
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _departure, null) is { } departing)
        {
            await departing(cancellationToken);
        }

        // Written here, not by the base class: it hands derived types back to the overload below.
        await stream.WriteAsync(_body, cancellationToken);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);
}
