using RoleBot.Channels.WebChat.DirectLine.Conversations;

namespace RoleBot.Channels.WebChat.DirectLine.Endpoints;

/// <summary>
/// GET conversations/{id}/activities?watermark=. DirectLineJS stops polling for good on any error but 403 (expired)
/// and 404 (ended), so nothing transient may fail here: a fault or a client polling too fast gets 200 with no new
/// activities and its own watermark back (so does a poll while shared state is unreachable).
/// </summary>
public sealed class PollEndpoint(
    ConversationAccess access,
    IDirectLineConversationStore store,
    ILogger<PollEndpoint> logger)
{
    public async Task<IResult> PollAsync(HttpContext context, string conversationId)
    {
        var watermark = ActivityIds.ParseWatermark(context.Request.Query["watermark"]);
        DirectLineConversation? conversation = null;
        try
        {
            var opened = await access.OpenAsync(context, conversationId, "activities (poll)", logger);
            if (opened.IsRefused)
            {
                return opened.Refusal;
            }

            conversation = opened.Conversation;

            if (await store.TryTakeAsync(conversation, DirectLineRate.Poll, context.RequestAborted) is not null)
            {
                DirectLineLog.RateExceeded(logger, conversation.Tag, "poll");
                return Nothing(watermark);
            }

            var (activities, latest) = await store.SinceAsync(conversation, watermark, context.RequestAborted);
            return DirectLineResults.Json(new ActivitySet(activities, ActivityIds.FormatWatermark(latest)));
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            DirectLineLog.PollFailed(logger, ex, conversation?.Tag ?? "(unknown)");
            return Nothing(watermark);
        }
    }

    private static IResult Nothing(long watermark) =>
        DirectLineResults.Json(new ActivitySet([], ActivityIds.FormatWatermark(watermark)));
}
