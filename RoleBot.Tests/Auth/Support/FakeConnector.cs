using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace RoleBot.Tests.Auth.Support;

/// <summary>Loopback Bot Connector that answers with a scripted sequence of statuses and records what it received.</summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    public sealed record Received(string? Authorization, string Body);

    public sealed record Reply(int Status, string? RetryAfter = null);

    private readonly ConcurrentQueue<Reply> _script = new();
    private readonly ConcurrentQueue<Received> _received = new();
    private LoopbackServer? _server;

    public IReadOnlyList<Received> Requests => [.. _received];

    public string ActivitiesUrl => $"{_server!.BaseUrl}/v3/conversations/a%3Aconv/activities";

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector._server = await LoopbackServer.StartAsync(app => app.MapPost("/v3/conversations/{id}/activities", (Delegate)connector.HandleAsync));
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

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        _received.Enqueue(new Received(http.Request.Headers.Authorization.FirstOrDefault(), await reader.ReadToEndAsync()));
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
