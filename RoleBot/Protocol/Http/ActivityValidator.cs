using System.Text.Json;
using RoleBot.Protocol.Connector;

namespace RoleBot.Protocol.Http;

/// <summary>The structural rules an activity must meet before a bot sees it (deserialization already enforced types).</summary>
public static class ActivityValidator
{
    // Types whose handling needs a conversation to address and to key state by.
    private static readonly string[] ConversationalTypes =
        [ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Invoke, ActivityTypes.InstallationUpdate];

    public static ActivityReadResult Validate(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return ActivityReadResult.BadRequest("The activity has no type.");
        }

        if (activity.ChannelData is { } channelData
            && channelData.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            return ActivityReadResult.BadRequest("channelData must be a JSON object.");
        }

        // The JSON may say null where the model promises an object.
        if (HasNull(activity.MembersAdded) || HasNull(activity.MembersRemoved) || HasNull(activity.Attachments)
            || activity.Entities?.Any(e => e.ValueKind != JsonValueKind.Object) == true)
        {
            return ActivityReadResult.BadRequest("membersAdded, membersRemoved, attachments and entities may only hold objects.");
        }

        var conversational = ConversationalTypes.Any(activity.IsType);
        if (conversational && string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return ActivityReadResult.BadRequest($"A {activity.Type} activity needs conversation.id.");
        }

        if (activity.ServiceUrl is not null && !ServiceUrls.TryParse(activity.ServiceUrl, out _))
        {
            return ActivityReadResult.BadRequest("serviceUrl must be an absolute http(s) URL.");
        }

        // expectReplies answers in the HTTP response, so only other deliveries need somewhere to reply to.
        if (conversational && activity.ServiceUrl is null && !IsExpectReplies(activity))
        {
            return ActivityReadResult.BadRequest($"A {activity.Type} activity needs a serviceUrl to reply to.");
        }

        return ActivityReadResult.Ok(activity);
    }

    private static bool HasNull<T>(List<T>? items) where T : class => items?.Any(item => item is null) == true;

    public static bool IsExpectReplies(Activity activity) =>
        string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
}
