using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.WebChat.DirectLine.Support;

/// <summary>A Direct Line stream as DirectLineJS opens it (webSocket: true): connect to the streamUrl, read ActivitySets.</summary>
public sealed class DirectLineStream(WebSocket socket) : IAsyncDisposable
{
    public WebSocket Socket { get; } = socket;

    /// <summary>Starts (or reconnects) and returns the ticket with its streamUrl.</summary>
    public static async Task<(Ticket Ticket, string StreamUrl)> StartAsync(DirectLineTestClient client, string bearer, string path = "/conversations", HttpMethod? method = null)
    {
        using var response = await client.SendAsync(method ?? HttpMethod.Post, DirectLineTestClient.Base + path, bearer, method is null ? new System.Text.Json.Nodes.JsonObject() : null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {body}");
        var json = JsonDocument.Parse(body).RootElement;
        var ticket = new Ticket(json.GetProperty("conversationId").GetString()!, json.GetProperty("token").GetString()!, json.GetProperty("expires_in").GetInt32());
        return (ticket, json.GetProperty("streamUrl").GetString()!);
    }

    public static async Task<DirectLineStream> ConnectAsync<T>(WebApplicationFactory<T> app, string streamUrl)
        where T : class
    {
        var client = app.Server.CreateWebSocketClient();
        using var timeout = new CancellationTokenSource(TestTimeouts.Generous);
        return new DirectLineStream(await client.ConnectAsync(new Uri(streamUrl), timeout.Token));
    }

    /// <summary>The HTTP status the upgrade was refused with (TestServer reports it in the exception).</summary>
    public static async Task<HttpStatusCode> RefusalAsync<T>(WebApplicationFactory<T> app, string streamUrl)
        where T : class
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ConnectAsync(app, streamUrl));
        return (HttpStatusCode)int.Parse(error.Message.Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The next ActivitySet, skipping keep-alives; null when the server closed the stream.</summary>
    public async Task<ActivityPage?> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TestTimeouts.Generous);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await Socket.ReceiveAsync(buffer, timeout.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                message.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            if (message.Length > 0)
            {
                return ActivityPage.Parse(Encoding.UTF8.GetString(message.ToArray()));
            }
        }
    }

    /// <summary>Reads ActivitySets until <paramref name="done"/> holds for all activities seen; returns them and every watermark.</summary>
    public async Task<(JsonElement[] Activities, string[] Watermarks)> ReadUntilAsync(Func<JsonElement[], bool> done)
    {
        var seen = new List<JsonElement>();
        var watermarks = new List<string>();
        while (!done([.. seen]))
        {
            var page = await NextAsync() ?? throw new InvalidOperationException($"stream closed ({Socket.CloseStatus}) after {seen.Count} activities");
            seen.AddRange(page.Activities);
            watermarks.Add(page.Watermark);
        }

        return ([.. seen], [.. watermarks]);
    }

    public async ValueTask DisposeAsync()
    {
        if (Socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The server went first (its test disposed the app); nothing left to close.
            }
        }

        Socket.Dispose();
    }
}
