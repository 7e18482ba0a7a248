using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using RoleBot.Protocol;
using RoleBot.Protocol.Http;
using RoleBot.Telemetry;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// The Slack Web API and response_url. Slack answers logical errors with 200 and {"ok":false,"error":…}, and rate
/// limits with 429 and Retry-After (seconds), which is honoured a bounded number of times. The bot token goes only
/// to the configured API base URL, never to a response_url.
/// </summary>
public sealed class SlackApiClient(HttpClient http, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackApiClient> logger, RoleBotMetrics metrics)
{
    private const string PostMessage = "chat.postMessage";
    private const string ResponseUrl = "response_url";

    /// <summary>Posts a message and returns its ts.</summary>
    public Task<string?> PostMessageAsync(JsonObject message, CancellationToken cancellationToken) =>
        PostMessageAsync(message, departure: null, cancellationToken);

    /// <summary>Posts a message and returns its ts; <paramref name="departure"/> runs once, as soon as the body has first left.</summary>
    public async Task<string?> PostMessageAsync(JsonObject message, Func<CancellationToken, Task>? departure, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var url = new Uri(BaseUrl(settings.ApiBaseUrl), PostMessage);
        var result = await SendAsync(PostMessage, url, message, settings.BotToken, departure, cancellationToken);
        return result.StringOrNull("ts");
    }

    public Task PostToResponseUrlAsync(Uri responseUrl, JsonObject message, CancellationToken cancellationToken) =>
        PostToResponseUrlAsync(responseUrl, message, departure: null, cancellationToken);

    /// <summary>Posts to a response_url; <paramref name="departure"/> runs once, as soon as the body has first left.</summary>
    public Task PostToResponseUrlAsync(Uri responseUrl, JsonObject message, Func<CancellationToken, Task>? departure, CancellationToken cancellationToken) =>
        SendAsync(ResponseUrl, responseUrl, message, bearerToken: null, departure, cancellationToken);

    private async Task<JsonElement> SendAsync(
        string method, Uri url, JsonObject message, string? bearerToken, Func<CancellationToken, Task>? departure, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString(SlackJson.Options));
        var departOnce = DepartingContent.Once(departure);
        for (var attempt = 1; ; attempt++)
        {
            var content = new DepartingContent(body, departOnce);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
            if (bearerToken is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
            }

            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt <= options.Value.MaxRateLimitRetries)
            {
                var wait = RetryAfter(response);
                SlackLog.RateLimited(logger, method, wait.TotalSeconds, attempt);
                metrics.SlackRetried(method);
                await Task.Delay(wait, time, cancellationToken);
                continue;
            }

            if ((int)response.StatusCode is >= 300 and < 400)
            {
                // Not followed (see SlackNativeServiceExtensions), and not retried: the same request would redirect again.
                SlackLog.RedirectRefused(logger, method, (int)response.StatusCode, url.Host);
                throw new SlackApiException(method, $"http_{(int)response.StatusCode}");
            }

            return await ResultAsync(method, response, cancellationToken);
        }
    }

    private async Task<JsonElement> ResultAsync(string method, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw Failure(method, "ratelimited");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw Failure(method, $"http_{(int)response.StatusCode}");
        }

        // A response_url answers a plain "ok"; the Web API always answers JSON.
        if (method == ResponseUrl && !text.TrimStart().StartsWith('{'))
        {
            return default;
        }

        JsonElement result;
        try
        {
            result = JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            throw Failure(method, "invalid_response");
        }

        if (result.ValueKind != JsonValueKind.Object || !result.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
        {
            throw Failure(method, Code(result.StringOrNull("error")));
        }

        return result;
    }

    private SlackApiException Failure(string method, string error)
    {
        SlackLog.ApiFailed(logger, method, error);
        return new SlackApiException(method, error);
    }

    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var asked = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
        var max = options.Value.MaxRetryAfter;
        return asked < TimeSpan.Zero ? TimeSpan.Zero : asked > max ? max : asked;
    }

    // Slack's codes are short snake_case words; anything else is not echoed into logs.
    private static string Code(string? error) =>
        error is { Length: > 0 and <= 64 } && error.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? error : "unknown_error";

    private static Uri BaseUrl(Uri configured) =>
        configured.AbsoluteUri.EndsWith('/') ? configured : new Uri(configured.AbsoluteUri + "/");
}
