using System.Text.Json;
using Microsoft.Extensions.Options;
using RoleBot.Protocol;
using RoleBot.State;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// POST /api/slack/events (Events API). Signature first, then: url_verification echoes the challenge; an event to
/// answer is acknowledged at once (with shared state, once it is journaled) and answered in the background, once per event id.
/// </summary>
public sealed class SlackEventsEndpoint(
    SlackRequestReader reader,
    SlackEventDeduplicator deduplicator,
    SlackTurns turns,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackEventsEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (await reader.ReadVerifiedAsync(context) is not { } body)
        {
            return;
        }

        if (SlackResponses.ParseObject(body) is not { } envelope)
        {
            SlackResponses.BadRequest(context, logger, "body is not a JSON object");
            return;
        }

        switch (envelope.StringOrNull("type"))
        {
            case "url_verification":
                await ChallengeAsync(context, envelope);
                break;
            case "event_callback":
                await AcceptAsync(context, envelope);
                break;
            case "app_rate_limited":
                SlackLog.AppRateLimited(logger, LogValue.Untrusted(envelope.StringOrNull("team_id")));
                context.Response.StatusCode = StatusCodes.Status200OK;
                break;
            default:
                SlackLog.Ignored(logger, null, LogValue.Untrusted(envelope.StringOrNull("type")), "unknown envelope type");
                context.Response.StatusCode = StatusCodes.Status200OK;
                break;
        }
    }

    private async Task ChallengeAsync(HttpContext context, JsonElement envelope)
    {
        if (envelope.StringOrNull("challenge") is not { } challenge)
        {
            SlackResponses.BadRequest(context, logger, "url_verification without a challenge");
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(challenge, context.RequestAborted);
    }

    private async Task AcceptAsync(HttpContext context, JsonElement envelope)
    {
        var eventId = envelope.StringOrNull("event_id");
        var eventType = envelope.TryGetMember("event", out var ev) ? ev.StringOrNull("type") : null;
        var decision = SlackEventFilter.Decide(envelope, options.Value.BotUserId);
        context.Response.StatusCode = StatusCodes.Status200OK;
        if (decision.Event is not { } inbound)
        {
            SlackLog.Ignored(logger, LogValue.Untrusted(eventId), LogValue.Untrusted(eventType), decision.IgnoredBecause!);
            return;
        }

        bool first;
        try
        {
            first = await deduplicator.TryBeginAsync(eventId, context.RequestAborted);
        }
        catch (ConversationStateUnavailableException)
        {
            // Slack retries a non-200, and by then the database may be back.
            SlackResponses.Busy(context);
            return;
        }

        if (!first)
        {
            var headers = context.Request.Headers;
            // The retry headers are not covered by the signature.
            SlackLog.Repeated(logger, LogValue.Untrusted(eventId)!, LogValue.Untrusted(headers["X-Slack-Retry-Num"].ToString()), LogValue.Untrusted(headers["X-Slack-Retry-Reason"].ToString()));
            return;
        }

        var activity = SlackActivities.Message(inbound.Origin, inbound.Ts, inbound.Text, null, time.GetUtcNow());
        if (!await SlackResponses.TryEnqueueAsync(turns, activity, inbound.ReplyTo, context.RequestAborted))
        {
            await deduplicator.ForgetAsync(eventId);
            SlackResponses.Busy(context);
        }
    }
}
