using System.Diagnostics.CodeAnalysis;
using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Channels.WebChat.DirectLine.Tokens;

namespace RoleBot.Channels.WebChat.DirectLine.Endpoints;

/// <summary>
/// How every conversations/{id} route begins: the caller holds the secret or that conversation's token (else 401 or
/// 403, logged under the endpoint's name), and the conversation still exists (else 404).
/// </summary>
public sealed class ConversationAccess(DirectLineAuthorizer authorizer, IDirectLineConversationStore store)
{
    public async Task<OpenedConversation> OpenAsync(HttpContext context, string conversationId, string endpoint, ILogger logger)
    {
        var check = await authorizer.CheckAsync(context.Request, conversationId);
        if (check.Caller is not { } caller)
        {
            DirectLineLog.Refused(logger, endpoint, check.Status, check.Failure);
            return new OpenedConversation(null, null, DirectLineResults.Refused(context, check));
        }

        return await store.FindAsync(conversationId, context.RequestAborted) is { } conversation
            ? new OpenedConversation(caller, conversation, null)
            : new OpenedConversation(null, null, DirectLineResults.UnknownConversation());
    }
}

/// <summary>The caller and its conversation, or the answer that refuses the request.</summary>
public sealed record OpenedConversation(DirectLineCaller? Caller, DirectLineConversation? Conversation, IResult? Refusal)
{
    [MemberNotNullWhen(true, nameof(Refusal))]
    [MemberNotNullWhen(false, nameof(Caller), nameof(Conversation))]
    public bool IsRefused => Refusal is not null;
}
