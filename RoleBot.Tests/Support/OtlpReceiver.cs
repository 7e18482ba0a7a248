using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace RoleBot.Tests.Support;

/// <summary>A local OTLP/HTTP collector: keeps every export body it is sent, by path (/v1/traces, /v1/metrics).</summary>
internal sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _exports = new();
    private LoopbackServer? _server;

    public string Endpoint => _server?.BaseUrl ?? throw new InvalidOperationException("Not started.");

    public static async Task<OtlpReceiver> StartAsync()
    {
        var receiver = new OtlpReceiver();
        receiver._server = await LoopbackServer.StartAsync(app => app.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            receiver._exports.Enqueue((context.Request.Path, body.ToArray()));
            return Results.Ok();
        }));
        return receiver;
    }

    public IReadOnlyList<byte[]> Bodies(string path) => [.. _exports.Where(e => e.Path == path).Select(e => e.Body)];

    public IReadOnlyList<OtlpSpan> Spans() => [.. Bodies("/v1/traces").SelectMany(OtlpSpan.FromExport)];

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
