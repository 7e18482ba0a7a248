using System.Globalization;
using System.Text.Json;
using RoleBot.Protocol;
using RoleBot.Protocol.Http;
using RoleBot.State;

namespace RoleBot.Channels.Slack.Native;

/// <summary>The few answers a Slack endpoint gives besides a plain 200.</summary>
internal static class SlackResponses
{
    /// <summary>Seconds Slack is asked to wait when the queue is full (Slack retries on its own schedule anyway).</summary>
    private const int BusyRetryAfterSeconds = 5;

    /// <summary>A 400 also tells Slack not to retry: the same body would fail again.</summary>
    public static void BadRequest(HttpContext context, ILogger logger, string problem)
    {
        SlackLog.Rejected(logger, StatusCodes.Status400BadRequest, problem, context.Request.Path);
        context.Response.Headers["X-Slack-No-Retry"] = "1";
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    public static void Busy(HttpContext context)
    {
        context.Response.Headers.RetryAfter = BusyRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
    }

    /// <summary>
    /// Queues a turn (journaling it first with shared state); false when it could not be, so the caller answers
    /// <see cref="Busy"/> and Slack retries, by which time the database may be back.
    /// </summary>
    public static async Task<bool> TryEnqueueAsync(SlackTurns turns, Activity activity, SlackReplyTarget target, CancellationToken cancellationToken)
    {
        try
        {
            return await turns.TryEnqueueAsync(activity, target, cancellationToken);
        }
        catch (ConversationStateUnavailableException)
        {
            return false;
        }
    }

    /// <summary>A JSON object, or null for anything else (invalid UTF-8 and JSON, too deep, not an object).</summary>
    public static JsonElement? ParseObject(ReadOnlySpan<byte> utf8)
    {
        // Strings are decoded only when read, so bad bytes or an unpaired surrogate escape would throw there instead.
        if (!System.Text.Unicode.Utf8.IsValid(utf8) || !JsonStrings.AllDecode(utf8))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = ActivityJson.MaxDepth });
            var element = JsonElement.ParseValue(ref reader);
            return element.ValueKind == JsonValueKind.Object ? element : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
