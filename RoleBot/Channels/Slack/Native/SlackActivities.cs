using System.Text.Json;
using RoleBot.Answers;
using RoleBot.Protocol;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// A Slack request as the Activity the bot sees: channelId "slack", from "{user}:{team}", the conversation id of
/// <see cref="SlackOrigin"/>, text with Slack's markup removed, and a button's payload as the value.
/// </summary>
public static class SlackActivities
{
    public static Activity Message(SlackOrigin origin, string id, string? text, JsonElement? value, DateTimeOffset now) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Timestamp = now,
        ChannelId = AnswerComposer.SlackChannelId,
        From = new ChannelAccount { Id = $"{origin.User}:{origin.Team}", Role = "user" },
        Recipient = new ChannelAccount { Id = $"{origin.BotUserId ?? origin.AppId}:{origin.Team}", Role = "bot" },
        Conversation = new ConversationAccount
        {
            Id = origin.ConversationId,
            IsGroup = !origin.IsDirect,
            ConversationType = origin.IsDirect ? "personal" : "channel",
        },
        Text = text is null ? null : SlackInboundText.Normalize(text, origin.BotUserId),
        TextFormat = "plain",
        Value = value,
    };
}
