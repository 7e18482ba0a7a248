using System.Text.Json;
using RoleBot.Protocol;

namespace RoleBot.Channels;

/// <summary>
/// Where an activity happens, as the Bot Framework channels describe it: Teams names channel and group
/// conversations by conversationType and puts the team in channelData; every channel names the bot as recipient.
/// </summary>
public static class BotFrameworkConversation
{
    public static bool IsShared(Activity activity)
    {
        var type = activity.Conversation?.ConversationType;
        if (string.Equals(type, "channel", StringComparison.OrdinalIgnoreCase)
            || string.Equals(type, "groupChat", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return InTeam(activity);
    }

    /// <summary>Teams puts the team in channelData for every activity of a team's channels.</summary>
    public static bool InTeam(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } channelData
        && channelData.TryGetProperty("team", out var team)
        && team.ValueKind == JsonValueKind.Object;

    public static bool IsBot(Activity activity, ChannelAccount member) =>
        !string.IsNullOrEmpty(activity.Recipient?.Id) && string.Equals(member.Id, activity.Recipient.Id, StringComparison.OrdinalIgnoreCase);
}
