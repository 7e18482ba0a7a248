using System.Net;

namespace RoleBot.Protocol.Http;

/// <summary>
/// A reply body that runs its departure step once, right after the body has first been written to the connection
/// and flushed, before the channel's answer is read. A journaled turn deletes its entry there: a reply that could not
/// reach the channel (no connection, no token, cut off mid-body) stays in the journal to be sent again, and the only
/// moment a death can leave a reply to be sent twice is between the flush and the deletion's command reaching the
/// database, which in the usual case is the same synchronous stretch of code. Deleting first, as before, left a
/// database round trip and a thread-pool hop in which a death lost the reply. Used for Connector and Slack replies.
/// </summary>
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
        // Written here, not by the base class: it hands derived types back to the overload below.
        await stream.WriteAsync(_body, cancellationToken);
        if (Interlocked.Exchange(ref _departure, null) is { } departing)
        {
            await stream.FlushAsync(cancellationToken);
            await departing(cancellationToken);
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);
}
