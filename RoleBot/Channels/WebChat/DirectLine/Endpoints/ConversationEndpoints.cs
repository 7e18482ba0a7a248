using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Channels.WebChat.DirectLine.Streams;
using RoleBot.Channels.WebChat.DirectLine.Tokens;
using RoleBot.Channels.WebChat.DirectLine.Turns;

namespace RoleBot.Channels.WebChat.DirectLine.Endpoints;

/// <summary>
/// POST conversations (start: 201 new, 200 when the token's conversation already started) and GET conversations/{id}
/// (reconnect). Starting tells the bot who joined, once, so the welcome is the first activity in the stream.
/// </summary>
public sealed class ConversationEndpoints(
    DirectLineAuthorizer authorizer,
    IDirectLineConversationStore store,
    ConversationAccess access,
    DirectLineTokens tokens,
    DirectLineTurns turns,
    ILogger<ConversationEndpoints> logger)
{
    public async Task<IResult> StartAsync(HttpContext context)
    {
        var check = await authorizer.CheckAsync(context.Request);
        if (check.Caller is not { } caller)
        {
            DirectLineLog.Refused(logger, "conversations", check.Status, check.Failure);
            return DirectLineResults.Refused(context, check);
        }

        DirectLineConversation? conversation;
        if (caller.Grant is { } grant)
        {
            conversation = await store.FindAsync(grant.ConversationId, context.RequestAborted);
        }
        else
        {
            var (user, problem) = await UserRequest.ReadAsync(context.Request);
            if (problem is not null)
            {
                return problem;
            }

            conversation = await store.CreateAsync(user!, context.RequestAborted);
        }

        if (conversation is null)
        {
            return DirectLineResults.UnknownConversation();
        }

        var status = await StartOnceAsync(context, conversation) ? StatusCodes.Status201Created : StatusCodes.Status200OK;
        DirectLineLog.Conversation(logger, conversation.Tag, "started", status);
        var issued = GrantFor(caller, conversation);
        return DirectLineResults.Ticket(conversation, tokens.Issue(issued), status, StreamUrlFor(context, conversation, issued));
    }

    public async Task<IResult> ReconnectAsync(HttpContext context, string conversationId)
    {
        var opened = await access.OpenAsync(context, conversationId, "conversations/{id}", logger);
        if (opened.IsRefused)
        {
            return opened.Refusal;
        }

        var conversation = opened.Conversation;
        // A client may reconnect to a conversation it reserved but never started; it still deserves the welcome.
        await StartOnceAsync(context, conversation);
        DirectLineLog.Conversation(logger, conversation.Tag, "reconnected", StatusCodes.Status200OK);
        var grant = GrantFor(opened.Caller, conversation);
        return DirectLineResults.Ticket(conversation, tokens.Issue(grant), streamUrl: StreamUrlFor(context, conversation, grant));
    }

    private async Task<bool> StartOnceAsync(HttpContext context, DirectLineConversation conversation)
    {
        if (!await store.TryMarkStartedAsync(conversation, context.RequestAborted))
        {
            return false;
        }

        // A welcome that failed is logged by the turn; the conversation itself is usable, so the start still succeeds.
        await turns.StartAsync(conversation, InboundActivity.ServiceUrlFor(context.Request));
        return true;
    }

    /// <summary>A fresh streamUrl, resuming after the watermark the reconnecting client names (from the start without one).</summary>
    private string StreamUrlFor(HttpContext context, DirectLineConversation conversation, TokenGrant grant)
    {
        var watermark = context.Request.Query["watermark"].ToString();
        return StreamUrl.For(context.Request, conversation, tokens.IssueStream(grant).Token, watermark.Length > 0 ? ActivityIds.ParseWatermark(watermark) : null);
    }

    private static TokenGrant GrantFor(DirectLineCaller caller, DirectLineConversation conversation) =>
        caller.Grant ?? new TokenGrant(conversation.Id, conversation.User.Id!);
}
