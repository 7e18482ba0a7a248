using System.Text.Json;
using RoleBot.Protocol;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// A Slack request as the Activity the bot sees: channelId "slack", from "{user}:{team}", the conversation id of
/// <see cref="SlackOrigin"/>, Slack's text as received (the bot reads it like Azure Bot Service's), and a button's
/// payload as the value. The endpoints only build activities for what was addressed to the bot (a mention, a DM,
/// the slash command, a click), so each carries a mention entity of the bot, as Teams marks an @mention.
/// </summary>
public static class SlackActivities
{
    public static Activity Message(SlackOrigin origin, string id, string? text, JsonElement? value, DateTimeOffset now)
    {
        var bot = new ChannelAccount { Id = $"{origin.BotUserId ?? origin.AppId}:{origin.Team}", Role = "bot" };
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = id,
            Timestamp = now,
            ChannelId = ChannelIds.Slack,
            From = new ChannelAccount { Id = $"{origin.User}:{origin.Team}", Role = "user" },
            Recipient = bot,
            Conversation = new ConversationAccount
            {
                Id = origin.ConversationId,
                IsGroup = !origin.IsDirect,
                ConversationType = origin.IsDirect ? "personal" : "channel",
            },
            Text = text,
            TextFormat = "markdown",
            Value = value,
            Entities = [JsonSerializer.SerializeToElement(new { type = "mention", mentioned = new { id = bot.Id } })],
        };
    }
}
