using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Channels.WebChat.DirectLine.Tokens;

namespace RoleBot.Channels.WebChat.DirectLine.Endpoints;

/// <summary>
/// POST /api/webchat/token: the page served at "/" by this app gets a token for a fresh conversation, without a
/// secret because this app is its own backend. The page then calls
/// <c>WebChat.createDirectLine({ token, domain: location.origin + '/v3/directline', webSocket: true })</c>.
/// </summary>
public sealed class PageTokenEndpoint(
    ClientRateLimiter limiter,
    IDirectLineConversationStore store,
    DirectLineTokens tokens,
    ILogger<PageTokenEndpoint> logger)
{
    public async Task<IResult> IssueAsync(HttpContext context)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (limiter.TryTake(client) is { } retryAfter)
        {
            DirectLineLog.PageTokenRateExceeded(logger, limiter.Limit);
            return DirectLineResults.TooManyRequests(context, retryAfter);
        }

        var user = DirectLineUsers.From(null)!;
        var conversation = await store.CreateAsync(user, context.RequestAborted);
        DirectLineLog.Conversation(logger, conversation.Tag, "reserved for the page", StatusCodes.Status200OK);
        return DirectLineResults.Ticket(conversation, tokens.Issue(new TokenGrant(conversation.Id, user.Id!)));
    }
}
