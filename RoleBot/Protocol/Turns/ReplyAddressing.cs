namespace RoleBot.Protocol.Turns;

/// <summary>Addresses an outgoing activity from the inbound one, as the SDK's ApplyConversationReference does.</summary>
public static class ReplyAddressing
{
    public static void Apply(Activity inbound, Activity reply)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(reply);

        if (string.IsNullOrWhiteSpace(reply.Type))
        {
            reply.Type = ActivityTypes.Message;
        }

        reply.ChannelId = inbound.ChannelId;
        reply.ServiceUrl = inbound.ServiceUrl;
        reply.Conversation = CopyConversation(inbound.Conversation);
        reply.From = CopyAccount(inbound.Recipient);
        reply.Recipient = CopyAccount(inbound.From);
        reply.Locale = inbound.Locale ?? reply.Locale;

        var replyToId = ReplyToIdFor(inbound);
        if (replyToId is not null)
        {
            reply.ReplyToId = replyToId;
        }

        // The channel assigns ids; a stale one would make Teams treat the send as an update.
        reply.Id = null;
    }

    /// <summary>Direct Line and Web Chat have no message to thread a welcome under, so the SDK omits it there.</summary>
    public static string? ReplyToIdFor(Activity inbound)
    {
        var unthreaded = inbound.IsType(ActivityTypes.ConversationUpdate)
            && (ChannelIds.Is(inbound.ChannelId, ChannelIds.DirectLine) || ChannelIds.Is(inbound.ChannelId, ChannelIds.WebChat));
        return unthreaded ? null : inbound.Id;
    }

    private static ChannelAccount? CopyAccount(ChannelAccount? account) => account is null
        ? null
        : new ChannelAccount { Id = account.Id, Name = account.Name, AadObjectId = account.AadObjectId, Role = account.Role };

    private static ConversationAccount? CopyConversation(ConversationAccount? conversation) => conversation is null
        ? null
        : new ConversationAccount
        {
            Id = conversation.Id,
            Name = conversation.Name,
            IsGroup = conversation.IsGroup,
            ConversationType = conversation.ConversationType,
            TenantId = conversation.TenantId,
        };
}
