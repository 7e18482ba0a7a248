using System.Text.Json;
using RoleBot.Protocol;
using RoleBot.Protocol.Mentions;

namespace RoleBot.Channels.Slack;

/// <summary>
/// What a Slack activity (channelId "slack", from Azure Bot Service or the native Slack endpoint) means to the
/// bot: the words typed, with the bot's mention and Slack's markup removed, and for a button click the card
/// payload the button carried, so clicks reach the same card router as Action.Submit.
/// </summary>
public static class SlackInbound
{
    public static string Text(Activity activity)
    {
        var raw = activity.Text ?? SlackChannelData.Event(activity.ChannelData).StringOrNull("text");
        return SlackInboundText.Normalize(raw, BotUserId(activity));
    }

    // Azure Bot Service names the bot "B…:T…" but a mention in text uses its user id, which only the envelope's
    // authorizations carry; the native endpoint names the bot by that user id ("U…:T…") in the recipient.
    private static string? BotUserId(Activity activity) =>
        SlackChannelData.BotUserId(activity.ChannelData)
        ?? (activity.Recipient?.Id?.Split(':')[0] is ['U' or 'W', ..] id ? id : null);

    private static bool MentionsRecipient(Activity activity) =>
        activity.Recipient?.Id is { Length: > 0 } botId
        && activity.Entities is { Count: > 0 } entities
        && entities.Select(MentionEntity.Read).Any(m => m?.Mentions(botId) == true);

    public static JsonElement? Value(Activity activity) => SlackChannelData.ClickedValue(activity.ChannelData) ?? activity.Value;

    /// <summary>
    /// In a channel or group DM the bot answers only when mentioned, as in Teams; Azure Bot Service forwards every
    /// message of the channels it is in. Direct messages and button clicks are always for the bot.
    /// </summary>
    public static bool IsAddressedToBot(Activity activity)
    {
        if (!SlackConversation.IsShared(activity) || MentionsRecipient(activity) || SlackChannelData.ClickedValue(activity.ChannelData) is not null
            || SlackChannelData.Event(activity.ChannelData).StringOrNull("type") == "app_mention")
        {
            return true;
        }

        var raw = activity.Text ?? SlackChannelData.Event(activity.ChannelData).StringOrNull("text") ?? "";
        return BotUserId(activity) is { } botUserId
            ? raw.Contains($"<@{botUserId}", StringComparison.Ordinal)
            : raw.TrimStart().StartsWith("<@", StringComparison.Ordinal);
    }

    /// <summary>A message some bot posted (RoleBot's own echo included); answering it could start a loop between bots.</summary>
    public static bool IsFromABot(Activity activity) =>
        SlackChannelData.Event(activity.ChannelData) is { } slackEvent
        && (slackEvent.StringOrNull("bot_id") is not null || slackEvent.StringOrNull("subtype") == "bot_message");
}
