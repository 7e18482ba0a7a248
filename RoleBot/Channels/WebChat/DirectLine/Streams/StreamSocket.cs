using System.Net.WebSockets;

namespace RoleBot.Channels.WebChat.DirectLine.Streams;

/// <summary>The receive side of a receive-only stream, and a close that never hangs on a client that has gone.</summary>
internal static class StreamSocket
{
    // DirectLineJS sends "" as its own keep-alive; nothing else is expected from the client.
    private const int ReceiveBufferBytes = 1024;
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Reads and discards until the client closes or the socket fails, then cancels <paramref name="done"/>.</summary>
    public static async Task DrainAsync(WebSocket socket, CancellationTokenSource done)
    {
        var buffer = new byte[ReceiveBufferBytes];
        try
        {
            while (!done.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, done.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closing or gone: the writer notices through the cancellation below.
        }
        finally
        {
            await done.CancelAsync();
        }
    }

    public static async Task CloseAsync(WebSocket socket, WebSocketCloseStatus status, string description)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            await socket.CloseOutputAsync(status, description, timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went first; nothing more to say to it.
        }
    }
}
