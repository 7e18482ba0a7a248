using System.Net.WebSockets;
using System.Text.Json;
using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Channels.WebChat.DirectLine.Endpoints;
using RoleBot.Protocol;

namespace RoleBot.Channels.WebChat.DirectLine.Streams;

/// <summary>
/// One accepted stream: sends what follows the watermark as an ActivitySet, then waits to be woken (or for the
/// keep-alive) and sends what is new. One writer (this loop) and one reader (discarding the client's keep-alives
/// until it closes); at most one ActivitySet in flight, so nothing buffers up for a slow client.
/// </summary>
internal sealed class ActivityStream(
    WebSocket socket,
    DirectLineConversation conversation,
    StreamSubscription subscription,
    IDirectLineConversationStore store,
    TimeSpan keepAlive,
    ILogger logger)
{
    public async Task RunAsync(long watermark, CancellationToken stopping)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var reading = StreamSocket.DrainAsync(socket, done);
        var reason = "closed by the client";
        try
        {
            while (!done.IsCancellationRequested)
            {
                var (sent, latest) = await SendNewAsync(watermark, done.Token);
                watermark = latest;
                var woken = await subscription.WaitAsync(keepAlive, done.Token);
                if (subscription.IsSuperseded)
                {
                    reason = "superseded by a newer stream";
                    await CloseAsync(WebSocketCloseStatus.PolicyViolation, "collision");
                    break;
                }

                if (!woken && !sent && !await KeepAliveAsync(done.Token))
                {
                    reason = "conversation ended";
                    await CloseAsync(WebSocketCloseStatus.NormalClosure, "conversation ended");
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            reason = "instance stopping";
            await CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "server stopping");
        }
        catch (OperationCanceledException)
        {
            await CloseAsync(WebSocketCloseStatus.NormalClosure, "closed");
        }
        catch (WebSocketException)
        {
            reason = "connection lost";
        }
        finally
        {
            await done.CancelAsync();
            await reading;
            StreamLog.Closed(logger, conversation.Tag, reason);
        }
    }

    private async Task<(bool Sent, long Watermark)> SendNewAsync(long watermark, CancellationToken cancellationToken)
    {
        IReadOnlyList<JsonElement> activities;
        long latest;
        try
        {
            (activities, latest) = await store.SinceAsync(conversation, watermark, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database is away: the stream stays open and reads again once woken (the listener wakes every stream when it is back).
            StreamLog.ReadFailed(logger, conversation.Tag, ex.Message);
            return (false, watermark);
        }

        if (activities.Count == 0)
        {
            return (false, latest);
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(new ActivitySet(activities, ActivityIds.FormatWatermark(latest)), ActivityJson.Options);
        await socket.SendAsync(json, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        return (true, latest);
    }

    /// <summary>Sends Direct Line's empty keep-alive and keeps the conversation from expiring; false when it is gone.</summary>
    private async Task<bool> KeepAliveAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await store.FindAsync(conversation.Id, cancellationToken) is null)
            {
                return false;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            StreamLog.ReadFailed(logger, conversation.Tag, ex.Message);
        }

        await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        return true;
    }

    private Task CloseAsync(WebSocketCloseStatus status, string description) => StreamSocket.CloseAsync(socket, status, description);
}
