using RoleBot.Protocol;

namespace RoleBot.Hosting.WarmUp;

/// <summary>The inbound activities of the warm-up: a one-to-one conversation nobody else can address.</summary>
internal static class WarmUpActivities
{
    private const string ConversationId = "rolebot-warm-up";

    public static Activity Welcome(string channelId)
    {
        var activity = Inbound(ActivityTypes.ConversationUpdate, channelId);
        activity.MembersAdded = [activity.Recipient!, activity.From!];
        return activity;
    }

    public static Activity Message(string channelId, string text)
    {
        var activity = Inbound(ActivityTypes.Message, channelId);
        activity.Text = text;
        return activity;
    }

    private static Activity Inbound(string type, string channelId) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        Timestamp = DateTimeOffset.UtcNow,
        ChannelId = channelId,
        ServiceUrl = "http://127.0.0.1/rolebot-warm-up/",
        Conversation = new ConversationAccount { Id = ConversationId },
        From = new ChannelAccount { Id = "rolebot-warm-up-user", Name = "Warm-up", Role = "user" },
        Recipient = new ChannelAccount { Id = "rolebot-warm-up-bot", Name = "RoleBot", Role = "bot" },
    };
}
