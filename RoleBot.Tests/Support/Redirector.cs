using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace RoleBot.Tests.Support;

/// <summary>
/// Two loopback servers: a redirector that answers every request to /{status}/{rest} with that status and a Location
/// on the target (/{rest}, with a query a log must not show), and the target, which must receive nothing.
/// </summary>
public sealed class Redirector : IAsyncDisposable
{
    /// <summary>In each Location, so a test can prove it never reached a log or an error.</summary>
    public const string LocationMarker = "redirected-secret-marker";

    private readonly AwaitableLog<string> _redirected = new();
    private readonly AwaitableLog<string> _reachedTarget = new();
    private LoopbackServer _server = null!;
    private LoopbackServer _target = null!;

    /// <summary>The raw targets of the requests the redirector answered.</summary>
    public IReadOnlyList<string> Redirected => _redirected.All;

    /// <summary>Every request that reached the target: must stay empty.</summary>
    public IReadOnlyList<string> ReachedTarget => _reachedTarget.All;

    public string TargetBaseUrl => _target.BaseUrl;

    /// <summary>A URL on the redirector that answers <paramref name="status"/>, naming <paramref name="rest"/> on the target.</summary>
    public string Url(int status, string rest = "") => $"{_server.BaseUrl}/{status}/{rest.TrimStart('/')}";

    public static async Task<Redirector> StartAsync()
    {
        var redirector = new Redirector();
        redirector._target = await LoopbackServer.StartAsync(app => app.Run(context =>
        {
            redirector._reachedTarget.Record($"{context.Request.Method} {RawTarget(context)}");
            return Task.CompletedTask;
        }));
        redirector._server = await LoopbackServer.StartAsync(app => app.Run(redirector.RedirectAsync));
        return redirector;
    }

    private Task RedirectAsync(HttpContext context)
    {
        var raw = RawTarget(context);
        var segments = raw.TrimStart('/').Split('/', 2);
        _redirected.Record(raw);
        context.Response.StatusCode = int.Parse(segments[0], System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.Location = $"{_target.BaseUrl}/{(segments.Length > 1 ? segments[1].Split('?')[0] : "")}?token={LocationMarker}";
        return Task.CompletedTask;
    }

    private static string RawTarget(HttpContext context) => context.Features.Get<IHttpRequestFeature>()!.RawTarget;

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _target.DisposeAsync();
    }
}
