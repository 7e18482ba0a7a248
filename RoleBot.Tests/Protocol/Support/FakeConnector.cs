using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace RoleBot.Tests.Protocol.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 standing in for the Bot Connector. It records each request with its raw
/// (still escaped) target and answers by the conversation id: "status-202" → 202 empty, "status-201" → 201,
/// "status-500" → 500 with an error body, anything else → 200 {"id":...}.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Done)> _waiters = [];
    private int _counter;

    private FakeConnector(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var connector = new FakeConnector(builder.Build());
        connector._app.Run(connector.HandleAsync);
        await connector._app.StartAsync();
        connector.BaseUrl = connector._app.Urls.Single();
        return connector;
    }

    public Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match)
    {
        lock (_requests)
        {
            var existing = _requests.FirstOrDefault(match);
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            var done = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, done));
            return done.Task.WaitAsync(TestTimeouts.Generous);
        }
    }

    public IReadOnlyList<RecordedRequest> RequestsWhere(Func<RecordedRequest, bool> match)
    {
        lock (_requests)
        {
            return [.. _requests.Where(match)];
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var recorded = new RecordedRequest(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType,
            await reader.ReadToEndAsync());

        var target = recorded.RawTarget;
        if (target.Contains("status-202", StringComparison.Ordinal))
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

        Record(recorded);
    }

    private void Record(RecordedRequest request)
    {
        lock (_requests)
        {
            _requests.Add(request);
            foreach (var waiter in _waiters.Where(w => w.Match(request)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(request);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record RecordedRequest(string Method, string RawTarget, string Authorization, string? ContentType, string Body)
{
    public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Body).RootElement;
}
