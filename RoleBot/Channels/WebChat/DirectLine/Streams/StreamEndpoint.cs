using Microsoft.Extensions.Options;
using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Channels.WebChat.DirectLine.Endpoints;
using RoleBot.Channels.WebChat.DirectLine.Tokens;
using RoleBot.Protocol;

namespace RoleBot.Channels.WebChat.DirectLine.Streams;

/// <summary>
/// GET conversations/{id}/stream: the WebSocket a streamUrl points at. Receive-only, as Direct Line's: activities
/// are still posted over HTTP. Everything is checked before the upgrade, so a refusal is a plain HTTP status
/// (403 for a missing, wrong or other conversation's stream token), which browsers report as a failed connect.
/// </summary>
public sealed class StreamEndpoint(
    DirectLineAuthorizer authorizer,
    DirectLineTokens tokens,
    IDirectLineConversationStore store,
    DirectLineStreamHub hub,
    IOptions<DirectLineOptions> options,
    IOptions<ProtocolOptions> protocol,
    IHostApplicationLifetime lifetime,
    ILogger<StreamEndpoint> logger)
{
    private const string Name = "stream";

    public async Task<IResult> StreamAsync(HttpContext context, string conversationId)
    {
        if (await RefusalAsync(context, conversationId) is { } refusal)
        {
            return refusal;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineResults.Problem(StatusCodes.Status400BadRequest, "The stream is a WebSocket: connect to the streamUrl with a WebSocket client.");
        }

        if (await store.FindAsync(conversationId, context.RequestAborted) is not { } conversation)
        {
            return DirectLineResults.UnknownConversation();
        }

        using var subscription = hub.TryOpen(conversation.Id);
        if (subscription is null)
        {
            StreamLog.Full(logger, hub.Count);
            var seconds = protocol.Value.RetryAfterSeconds;
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return DirectLineResults.Problem(StatusCodes.Status503ServiceUnavailable, $"Too many open streams here; retry after {seconds} seconds or poll.");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        StreamLog.Opened(logger, conversation.Tag, hub.Count);
        var watermark = ActivityIds.ParseWatermark(context.Request.Query["watermark"]);
        var stream = new ActivityStream(socket, conversation, subscription, store, options.Value.StreamKeepAlive, logger);
        await stream.RunAsync(watermark, lifetime.ApplicationStopping);
        return Results.Empty;
    }

    /// <summary>The stream token in "t" (what a browser can send), or Authorization with the secret or a conversation token.</summary>
    private async Task<IResult?> RefusalAsync(HttpContext context, string conversationId)
    {
        var streamToken = context.Request.Query[StreamUrl.TokenParameter].ToString();
        if (streamToken.Length == 0)
        {
            var check = await authorizer.CheckAsync(context.Request, conversationId);
            if (check.Caller is not null)
            {
                return null;
            }

            DirectLineLog.Refused(logger, Name, check.Status, check.Failure);
            return DirectLineResults.Refused(context, check);
        }

        var (grant, failure) = await tokens.ValidateAsync(streamToken, stream: true);
        if (grant is not null && new DirectLineCaller(grant).MayUse(conversationId))
        {
            return null;
        }

        var refused = CallerCheck.Refused(StatusCodes.Status403Forbidden, grant is null ? $"stream token {failure}" : "stream token is bound to another conversation");
        DirectLineLog.Refused(logger, Name, refused.Status, refused.Failure);
        return DirectLineResults.Refused(context, refused);
    }
}
