using RoleBot.Channels;
using RoleBot.Protocol;

namespace RoleBot.Bots;

/// <summary>
/// Who gets greeted (docs/protocol.md §5.3): in a one-to-one conversation, the first time a person (not just
/// the bot) is added; in a shared conversation (as the channel's adapter defines it: a Teams channel or group chat,
/// a Slack channel or group DM), only when the bot itself is added, so people joining a busy channel are never
/// greeted one by one. Whether it already happened is ConversationData.Welcomed, checked by the caller.
/// </summary>
public static class WelcomeRules
{
    public static WelcomeKind ForConversationUpdate(Activity activity, IChannelAdapter channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var added = activity.MembersAdded ?? [];
        var botAdded = added.Any(m => channel.IsBot(activity, m));
        if (channel.IsShared(activity))
        {
            return botAdded ? WelcomeKind.TeamIntro : WelcomeKind.None;
        }

        return added.Any(m => !channel.IsBot(activity, m)) ? WelcomeKind.Welcome : WelcomeKind.None;
    }

    // In a team the intro comes from the teamMemberAdded update, which names the channel picked at install; the
    // installationUpdate names the team's General channel, so answering both could post two intros in two channels.
    public static WelcomeKind ForInstallation(Activity activity, IChannelAdapter channel) =>
        IsTeam(activity) ? WelcomeKind.None : channel.IsShared(activity) ? WelcomeKind.TeamIntro : WelcomeKind.Welcome;

    private static bool IsTeam(Activity activity) =>
        string.Equals(activity.Conversation?.ConversationType, "channel", StringComparison.OrdinalIgnoreCase)
        || BotFrameworkConversation.InTeam(activity);
}
