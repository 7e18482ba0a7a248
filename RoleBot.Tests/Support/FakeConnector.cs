using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace RoleBot.Tests.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 standing in for the Bot Connector. It records each request with its raw (still
/// escaped) target. Replies queued with <see cref="Script"/> are answered first, in order; after that it answers by
/// the conversation id: "status-202" → 202 empty, "status-201" → 201, "status-500" → 500 with an error body,
/// anything else → 200 {"id":...}.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly AwaitableLog<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<Reply> _script = new();
    private LoopbackServer _server = null!;
    private int _counter;

    public string BaseUrl => _server.BaseUrl;

    /// <summary>Used as an activity's serviceUrl, with the trailing slash Teams uses.</summary>
    public string ServiceUrl => BaseUrl + "/";

    /// <summary>A conversation's activities endpoint, as ConnectorClient would build it.</summary>
    public string ActivitiesUrl => $"{BaseUrl}/v3/conversations/a%3Aconv/activities";

    public IReadOnlyList<RecordedRequest> Requests => _requests.All;

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector._server = await LoopbackServer.StartAsync(app => app.Run(connector.HandleAsync));
        return connector;
    }

    /// <summary>A scripted answer: the status, an optional Retry-After, and a Connector-style error body.</summary>
    public sealed record Reply(int Status, string? RetryAfter = null);

    /// <summary>Answers the next requests in this order, whatever their conversation.</summary>
    public void Script(params Reply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }
    }

    public Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match) => _requests.WaitForAsync(match);

    /// <summary>The first request whose body contains <paramref name="text"/>.</summary>
    public Task<RecordedRequest> WaitForAsync(string text) => WaitForAsync(r => r.Body.Contains(text, StringComparison.Ordinal));

    public IReadOnlyList<RecordedRequest> RequestsWhere(Func<RecordedRequest, bool> match) => _requests.Where(match);

    /// <summary>
    /// Turns of one conversation run in order, so once the reply to a marker activity (sent last) has arrived every
    /// earlier turn has finished: returns what those turns sent to the conversation, in order, without the marker's reply.
    /// </summary>
    public async Task<IReadOnlyList<RecordedRequest>> SettledAsync(string conversationId, string markerId)
    {
        var markerReply = "/activities/" + markerId;
        await WaitForAsync(r => r.RawTarget.EndsWith(markerReply, StringComparison.Ordinal));
        var conversation = Uri.EscapeDataString(conversationId) + "/";
        return RequestsWhere(r => r.RawTarget.Contains(conversation, StringComparison.Ordinal)
            && !r.RawTarget.EndsWith(markerReply, StringComparison.Ordinal));
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var recorded = new RecordedRequest(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.ContentType,
            await reader.ReadToEndAsync());

        var target = recorded.RawTarget;
        if (_script.TryDequeue(out var reply))
        {
            context.Response.StatusCode = reply.Status;
            if (reply.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = reply.RetryAfter;
            }

            await context.Response.WriteAsJsonAsync(new { error = new { code = "Scripted", message = "scripted failure" } });
        }
        else if (target.Contains("status-202", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 202;
        }
        else if (target.Contains("status-500", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 500;
            await context.Response.WriteAsJsonAsync(new { error = new { code = "ServiceError", message = "The channel is down." } });
        }
        else
        {
            context.Response.StatusCode = target.Contains("status-201", StringComparison.Ordinal) ? 201 : 200;
            await context.Response.WriteAsJsonAsync(new { id = $"sent-{Interlocked.Increment(ref _counter)}" });
        }

        _requests.Record(recorded);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

/// <summary>One request to the fake; <see cref="Authorization"/> is null when the request had none.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string? Authorization, string? ContentType, string Body)
{
    public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Body).RootElement;
}
