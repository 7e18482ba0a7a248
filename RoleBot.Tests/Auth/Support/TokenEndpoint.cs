using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Auth.Support;

/// <summary>Loopback Entra ID token endpoint (client credentials) and App Service identity endpoint.</summary>
internal sealed class TokenEndpoint : IAsyncDisposable
{
    public sealed record Request(string Tenant, IReadOnlyDictionary<string, string> Form, string Query, string? IdentityHeader);

    private readonly ConcurrentQueue<Request> _requests = new();
    private LoopbackServer? _server;
    private int _issued;
    private readonly SemaphoreSlim _arrived = new(0);
    private TaskCompletionSource? _hold;

    public int ExpiresInSeconds { get; set; } = 3600;
    public int? FailWithStatus { get; set; }

    public IReadOnlyList<Request> Requests => [.. _requests];
    public string LoginUrlTemplate => $"{_server!.BaseUrl}/{{0}}";
    public string IdentityEndpoint => $"{_server!.BaseUrl}/msi/token";

    public static string TokenNumber(int n) => $"issued-access-token-{n}";

    /// <summary>
    /// Makes every request from now on wait, after it has been recorded, until the returned gate is opened, so a test
    /// can be sure its callers overlap instead of hoping a delay is long enough.
    /// </summary>
    public TaskCompletionSource Hold()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _hold, gate);
        return gate;
    }

    /// <summary>Completes once <paramref name="count"/> requests have arrived (they may still be held).</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TestTimeouts.Generous);
        while (_requests.Count < count)
        {
            await _arrived.WaitAsync(timeout.Token);
        }
    }

    public static async Task<TokenEndpoint> StartAsync()
    {
        var endpoint = new TokenEndpoint();
        endpoint._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/{tenant}/oauth2/v2.0/token", (Delegate)endpoint.IssueAsync);
            app.MapGet("/msi/token", (Delegate)endpoint.IssueAsync);
        });
        return endpoint;
    }

    private async Task<IResult> IssueAsync(HttpContext http)
    {
        var form = http.Request.HasFormContentType
            ? (await http.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString())
            : [];
        _requests.Enqueue(new Request(http.Request.RouteValues["tenant"] as string ?? "", form, http.Request.QueryString.Value ?? "",
            http.Request.Headers["X-IDENTITY-HEADER"].FirstOrDefault()));
        _arrived.Release();
        if (Volatile.Read(ref _hold) is { } hold)
        {
            // Bounded only so a failing test cannot hang the server's shutdown.
            await hold.Task.WaitAsync(TestTimeouts.Generous);
        }

        if (FailWithStatus is { } status)
        {
            return Results.Json(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }, statusCode: status);
        }

        var token = TokenNumber(Interlocked.Increment(ref _issued));
        return http.Request.Path.StartsWithSegments("/msi")
            ? Results.Json(new { access_token = token, expires_on = DateTimeOffset.UtcNow.AddSeconds(ExpiresInSeconds).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), token_type = "Bearer" })
            : Results.Json(new { token_type = "Bearer", expires_in = ExpiresInSeconds, ext_expires_in = ExpiresInSeconds, access_token = token });
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;
}
