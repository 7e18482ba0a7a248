using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Slack.Native.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 standing in for the Slack Web API (/api/…) and for response_url (/response/…).
/// It records every request. chat.postMessage answers by channel: "CRATELIMIT…" → 429 with Retry-After: 1 on its
/// first post, "CNOTFOUND…" → {"ok":false,"error":"channel_not_found"}, "CHOLD…" → held until <see cref="Release"/>
/// (and reported to <see cref="HeldAsync"/> on arrival), as is a post to a /response/HOLD/… URL; anything else → ok with a new ts. /status/{code} answers that status.
/// </summary>
public sealed class FakeSlack : IAsyncDisposable
{
    private readonly AwaitableLog<SlackPost> _posts = new();
    private readonly HashSet<string> _rateLimited = [];
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LoopbackServer _server = null!;
    private int _counter;

    public string BaseUrl => _server.BaseUrl;

    public string ApiBaseUrl => BaseUrl + "/api/";

    public string NewResponseUrl() => $"{BaseUrl}/response/T1/{Guid.NewGuid():N}";

    /// <summary>A response_url whose posts are held like a "CHOLD…" channel's.</summary>
    public string HeldResponseUrl() => $"{BaseUrl}/response/HOLD/{Guid.NewGuid():N}";

    public static async Task<FakeSlack> StartAsync()
    {
        var slack = new FakeSlack();
        slack._server = await LoopbackServer.StartAsync(app => app.Run(slack.HandleAsync));
        return slack;
    }

    public Task<SlackPost> WaitForAsync(Func<SlackPost, bool> match) => _posts.WaitForAsync(match);

    /// <summary>Completes once a post to a "CHOLD…" channel has arrived and is being held.</summary>
    public Task HeldAsync() => _held.Task.WaitAsync(TestTimeouts.Generous);

    public void Release() => _release.TrySetResult();

    public Task<SlackPost> WaitForMessageAsync(string channel, Func<SlackPost, bool>? match = null) =>
        WaitForAsync(p => p.Path == "/api/chat.postMessage" && p.Channel == channel && (match is null || match(p)));

    public IReadOnlyList<SlackPost> Where(Func<SlackPost, bool> match) => _posts.Where(match);

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var post = new SlackPost(
            context.Request.Path,
            context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType,
            await reader.ReadToEndAsync(),
            DateTimeOffset.UtcNow);

        if (post.Channel?.StartsWith("CHOLD", StringComparison.Ordinal) == true || post.Path.StartsWith("/response/HOLD/", StringComparison.Ordinal))
        {
            _held.TrySetResult();
            await _release.Task.WaitAsync(TestTimeouts.Generous);
        }

        if (post.Path.StartsWith("/status/", StringComparison.Ordinal))
        {
            context.Response.StatusCode = int.Parse(post.Path["/status/".Length..], System.Globalization.CultureInfo.InvariantCulture);
            await context.Response.WriteAsync("expired_url");
        }
        else if (post.Path.StartsWith("/response/", StringComparison.Ordinal))
        {
            await context.Response.WriteAsync("ok");
        }
        else if (post.Channel is { } channel && channel.StartsWith("CRATELIMIT", StringComparison.Ordinal) && FirstTime(channel))
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "1";
        }
        else if (post.Channel?.StartsWith("CNOTFOUND", StringComparison.Ordinal) == true)
        {
            await context.Response.WriteAsJsonAsync(new { ok = false, error = "channel_not_found" });
        }
        else
        {
            var ts = $"1718000000.{Interlocked.Increment(ref _counter):D6}";
            await context.Response.WriteAsJsonAsync(new { ok = true, channel = post.Channel, ts });
            post = post with { Ts = ts };
        }

        _posts.Record(post);
    }

    private bool FirstTime(string channel)
    {
        lock (_rateLimited)
        {
            return _rateLimited.Add(channel);
        }
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

/// <summary>One request to the fake; <see cref="Ts"/> is what chat.postMessage answered.</summary>
public sealed record SlackPost(string Path, string Authorization, string? ContentType, string Body, DateTimeOffset ReceivedAt, string? Ts = null)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Channel => Body.StartsWith('{') && Json.TryGetProperty("channel", out var c) ? c.GetString() : null;

    public string? ThreadTs => Json.TryGetProperty("thread_ts", out var t) ? t.GetString() : null;

    public string Text => Json.GetProperty("text").GetString()!;

    public string Blocks => Json.TryGetProperty("blocks", out var b) ? b.GetRawText() : "";

    /// <summary>The values of the message's buttons, in order.</summary>
    public IReadOnlyList<(string ActionId, string Value, string Text)> Buttons =>
        Json.TryGetProperty("blocks", out var blocks)
            ? [.. blocks.EnumerateArray()
                .Where(b => b.GetProperty("type").GetString() == "actions")
                .SelectMany(b => b.GetProperty("elements").EnumerateArray())
                .Select(e => (e.GetProperty("action_id").GetString()!, e.GetProperty("value").GetString()!, e.GetProperty("text").GetProperty("text").GetString()!))]
            : [];
}
