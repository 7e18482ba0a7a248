using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using RoleBot.Tests.Protocol.Support;

namespace RoleBot.Tests.Auth.Support;

/// <summary>Loopback Bot Connector that answers with a scripted sequence of statuses and records what it received.</summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    public sealed record Received(string? Authorization, string Body);

    public sealed record Reply(int Status, string? RetryAfter = null);

    private readonly ConcurrentQueue<Reply> _script = new();
    private readonly ConcurrentQueue<Received> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private LoopbackServer? _server;

    public IReadOnlyList<Received> Requests => [.. _received];

    public string ActivitiesUrl => $"{_server!.BaseUrl}/v3/conversations/a%3Aconv/activities";

    /// <summary>Used as an activity's serviceUrl, with the trailing slash Teams uses.</summary>
    public string ServiceUrl => $"{_server!.BaseUrl}/";

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/v3/conversations/{id}/activities", (Delegate)connector.HandleAsync);
            app.MapPost("/v3/conversations/{id}/activities/{replyToId}", (Delegate)connector.HandleAsync);
        });
        return connector;
    }

    /// <summary>Answers in this order; once the script is used up every request gets 200 {"id":"1"}.</summary>
    public void Script(params Reply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }
    }

    /// <summary>Completes when a request whose body contains <paramref name="text"/> arrives.</summary>
    public async Task<Received> WaitForAsync(string text, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (!_received.Any(r => r.Body.Contains(text, StringComparison.Ordinal)))
        {
            await _arrived.WaitAsync(cancel.Token);
        }

        return _received.First(r => r.Body.Contains(text, StringComparison.Ordinal));
    }

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        _received.Enqueue(new Received(http.Request.Headers.Authorization.FirstOrDefault(), await reader.ReadToEndAsync()));
        _arrived.Release();
        if (!_script.TryDequeue(out var reply))
        {
            return Results.Json(new { id = "1" });
        }

        if (reply.RetryAfter is not null)
        {
            http.Response.Headers.RetryAfter = reply.RetryAfter;
        }

        return Results.Json(new { error = new { code = "Scripted", message = "scripted failure" } }, statusCode: reply.Status);
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;
}
