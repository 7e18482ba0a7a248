using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Channels.WebChat.DirectLine.Tokens;
using RoleBot.Protocol;

namespace RoleBot.Channels.WebChat.DirectLine.Turns;

/// <summary>
/// Fills in what Direct Line vouches for on a posted activity. Web Chat sends channelId "webchat", no conversation
/// and no id; channelData (with clientActivityID) and everything else the client sent is kept for the echo.
/// </summary>
public static class InboundActivity
{
    // What Web Chat sends. conversationUpdate and the like are the channel's to send (and never reach clients).
    private static readonly string[] ClientTypes = [ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing];

    public const string TypeProblem = "Direct Line accepts message, event and typing activities from clients.";

    public static bool IsClientType(Activity activity) => ClientTypes.Any(activity.IsType);

    public static void Complete(Activity activity, DirectLineConversation conversation, DirectLineCaller caller, ChannelAccount bot, string serviceUrl)
    {
        var from = activity.From ?? new ChannelAccount();
        if (caller.Grant is { } grant)
        {
            // A token speaks for one user: whatever from.id says, nobody posts as someone else.
            from.Id = grant.UserId;
        }
        else if (string.IsNullOrWhiteSpace(from.Id))
        {
            from.Id = conversation.User.Id;
        }

        from.Name ??= conversation.User.Name;
        from.Role = "user";
        activity.From = from;
        activity.Recipient = bot;
        activity.ChannelId = DirectLineChannel.Id;
        activity.Conversation = new ConversationAccount { Id = conversation.Id };
        activity.ServiceUrl = serviceUrl;
        activity.Id = null;
        activity.CallerId = null;
        // Replies always go to the stream; an expectReplies request would have nowhere else to go.
        activity.DeliveryMode = null;
    }

    /// <summary>This endpoint's own base URL: the bot never calls it, but the activity contract wants an absolute serviceUrl.</summary>
    public static string ServiceUrlFor(HttpRequest request)
    {
        var host = request.Host.HasValue ? request.Host.Value : "localhost";
        return $"{request.Scheme}://{host}{request.PathBase}{DirectLineChannel.BasePath}/";
    }
}
