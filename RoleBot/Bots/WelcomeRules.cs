using System.Text.Json;
using RoleBot.Channels.Slack;
using RoleBot.Protocol;

namespace RoleBot.Bots;

/// <summary>
/// Who gets greeted (docs/protocol.md §5.3): in a one-to-one conversation, the first time a person (not just the
/// bot) is added; in a team or group chat, only when the bot itself is added. Whether it already happened is
/// ConversationData.Welcomed, checked by the caller. Slack channels and group DMs count as shared, so people joining
/// a busy channel are never greeted one by one.
/// </summary>
public static class WelcomeRules
{
    public static WelcomeKind ForConversationUpdate(Activity activity)
    {
        var added = activity.MembersAdded ?? [];
        var botAdded = added.Any(m => IsBot(activity, m));
        if (IsShared(activity))
        {
            return botAdded ? WelcomeKind.TeamIntro : WelcomeKind.None;
        }

        return added.Any(m => !IsBot(activity, m)) ? WelcomeKind.Welcome : WelcomeKind.None;
    }

    // In a team the intro comes from the teamMemberAdded update, which names the channel picked at install; the
    // installationUpdate names the team's General channel, so answering both could post two intros in two channels.
    public static WelcomeKind ForInstallation(Activity activity) =>
        IsTeam(activity) ? WelcomeKind.None : IsShared(activity) ? WelcomeKind.TeamIntro : WelcomeKind.Welcome;

    private static bool IsTeam(Activity activity) =>
        string.Equals(activity.Conversation?.ConversationType, "channel", StringComparison.OrdinalIgnoreCase)
        || activity.ChannelData is { ValueKind: JsonValueKind.Object } channelData
            && channelData.TryGetProperty("team", out var team) && team.ValueKind == JsonValueKind.Object;

    /// <summary>A Teams channel or group chat, or a Slack channel or group DM: several people read every message the bot posts.</summary>
    public static bool IsShared(Activity activity)
    {
        if (SlackInbound.IsSlack(activity))
        {
            return SlackConversation.IsShared(activity);
        }

        var type = activity.Conversation?.ConversationType;
        if (string.Equals(type, "channel", StringComparison.OrdinalIgnoreCase)
            || string.Equals(type, "groupChat", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return activity.ChannelData is { ValueKind: JsonValueKind.Object } channelData
            && channelData.TryGetProperty("team", out var team)
            && team.ValueKind == JsonValueKind.Object;
    }

    private static bool IsBot(Activity activity, ChannelAccount member) => SlackInbound.IsSlack(activity)
        ? SlackConversation.IsBot(activity, member)
        : !string.IsNullOrEmpty(activity.Recipient?.Id) && string.Equals(member.Id, activity.Recipient.Id, StringComparison.OrdinalIgnoreCase);
}
