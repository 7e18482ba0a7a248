using Microsoft.Extensions.Options;
using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Channels.WebChat.DirectLine.Tokens;
using RoleBot.Channels.WebChat.DirectLine.Turns;
using RoleBot.Protocol;
using RoleBot.Protocol.Http;

namespace RoleBot.Channels.WebChat.DirectLine.Endpoints;

/// <summary>
/// POST conversations/{id}/activities. Web Chat marks a message sent only when the POST has returned and the poll
/// has echoed it (same channelData.clientActivityID, non-empty id), so the activity is stored before the bot runs.
/// A post sent again with a clientActivityID already stored (Web Chat's retry after a failed POST) keeps its first id
/// and is answered once.
/// </summary>
public sealed class PostActivityEndpoint(
    ConversationAccess access,
    DirectLineTurns turns,
    IDirectLineConversationStore store,
    IOptions<ProtocolOptions> protocol,
    ILogger<PostActivityEndpoint> logger)
{
    public async Task<IResult> PostAsync(HttpContext context, string conversationId)
    {
        var opened = await access.OpenAsync(context, conversationId, "activities (post)", logger);
        if (opened.IsRefused)
        {
            return opened.Refusal;
        }

        var (caller, conversation) = (opened.Caller, opened.Conversation);

        if (await store.TryTakeAsync(conversation, DirectLineRate.Post, context.RequestAborted) is { } retryAfter)
        {
            DirectLineLog.RateExceeded(logger, conversation.Tag, "post");
            return DirectLineResults.TooManyRequests(context, retryAfter);
        }

        var read = await ReadAsync(context.Request, conversation, caller);
        if (read.Activity is not { } activity)
        {
            DirectLineLog.Refused(logger, "activities (post)", read.Status, read.Problem);
            return DirectLineResults.Problem(read.Status, read.Problem ?? "The activity is malformed.");
        }

        if (await EarlierPostAsync(conversation, activity, context.RequestAborted) is { } earlier)
        {
            DirectLineLog.Resent(logger, conversation.Tag, earlier.Answered ? "answered" : "not answered yet");
            if (earlier.Answered)
            {
                return DirectLineResults.Json(new ResourceResponse(earlier.Id));
            }

            // The first attempt stored the post but died (or is still running) before committing an answer: the
            // turn runs for the stored post, and whichever attempt commits second commits nothing.
            activity.Id = earlier.Id;
        }
        else
        {
            await store.AppendAsync(conversation, activity, context.RequestAborted);
        }

        var id = activity.Id!;
        var turn = await turns.RunAsync(conversation, activity);
        DirectLineLog.Posted(logger, LogValue.Untrusted(activity.Type), conversation.Tag, turn);
        return turn == TurnRun.NotRun
            ? DirectLineResults.Problem(StatusCodes.Status502BadGateway, "The bot could not be reached; the message was stored but not answered.")
            : DirectLineResults.Json(new ResourceResponse(id));
    }

    private Task<DirectLinePost?> EarlierPostAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken) =>
        DirectLinePost.ClientActivityId(activity) is { } clientActivityId && activity.From?.Id is { } userId
            ? store.FindPostAsync(conversation, userId, clientActivityId, cancellationToken)
            : Task.FromResult<DirectLinePost?>(null);

    private async Task<ActivityReadResult> ReadAsync(HttpRequest request, DirectLineConversation conversation, DirectLineCaller caller)
    {
        var maxBytes = protocol.Value.MaxBodyBytes;
        var body = await BoundedReader.ReadAsync(request.Body, request.ContentLength, maxBytes, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return ActivityReadResult.TooLarge(maxBytes);
        }

        var serviceUrl = InboundActivity.ServiceUrlFor(request);
        var read = ActivityReader.Read(body, activity => InboundActivity.Complete(activity, conversation, caller, turns.Bot, serviceUrl));
        return read.Activity is { } activity && !InboundActivity.IsClientType(activity) ? ActivityReadResult.BadRequest(InboundActivity.TypeProblem) : read;
    }
}
