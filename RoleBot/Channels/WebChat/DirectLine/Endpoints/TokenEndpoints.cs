using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Channels.WebChat.DirectLine.Tokens;

namespace RoleBot.Channels.WebChat.DirectLine.Endpoints;

/// <summary>tokens/generate (secret holder reserves a conversation for a user) and tokens/refresh (a token renews itself).</summary>
public sealed class TokenEndpoints(
    DirectLineAuthorizer authorizer,
    IDirectLineConversationStore store,
    DirectLineTokens tokens,
    ILogger<TokenEndpoints> logger)
{
    public async Task<IResult> GenerateAsync(HttpContext context)
    {
        var check = await authorizer.CheckAsync(context.Request);
        if (check.Caller is not { IsSecret: true })
        {
            var refused = check.Caller is null ? check : CallerCheck.Refused(StatusCodes.Status403Forbidden, "only the secret generates tokens");
            DirectLineLog.Refused(logger, "tokens/generate", refused.Status, refused.Failure);
            return DirectLineResults.Refused(context, refused);
        }

        var (user, problem) = await UserRequest.ReadAsync(context.Request);
        if (problem is not null)
        {
            return problem;
        }

        var conversation = await store.CreateAsync(user!, context.RequestAborted);
        DirectLineLog.Conversation(logger, conversation.Tag, "reserved", StatusCodes.Status200OK);
        return DirectLineResults.Ticket(conversation, tokens.Issue(new TokenGrant(conversation.Id, user!.Id!)));
    }

    public async Task<IResult> RefreshAsync(HttpContext context)
    {
        var check = await authorizer.CheckAsync(context.Request);
        if (check.Caller?.Grant is not { } grant)
        {
            var refused = check.Caller is null ? check : CallerCheck.Refused(StatusCodes.Status403Forbidden, "the secret has no token to refresh");
            DirectLineLog.Refused(logger, "tokens/refresh", refused.Status, refused.Failure);
            return DirectLineResults.Refused(context, refused);
        }

        // 404 tells DirectLineJS to stop refreshing: the conversation is gone, its polls answer 404 (ended) too.
        var conversation = await store.FindAsync(grant.ConversationId, context.RequestAborted);
        return conversation is null
            ? DirectLineResults.UnknownConversation()
            : DirectLineResults.Ticket(conversation, tokens.Issue(grant));
    }
}
