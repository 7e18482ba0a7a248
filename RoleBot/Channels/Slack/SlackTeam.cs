using RoleBot.Protocol;

namespace RoleBot.Channels.Slack;

/// <summary>
/// The Slack team a Slack activity comes from. Azure Bot Service's Slack channel forwards the event or click in
/// channelData; the native app's activities carry the event's team_id in the sender id ("U…:T…"), as Azure Bot
/// Service also writes it.
/// </summary>
public static class SlackTeam
{
    public static string? Of(Activity activity)
    {
        if (SlackChannelData.TeamId(activity.ChannelData) is { Length: > 0 } team)
        {
            return team;
        }

        var from = activity.From?.Id;
        var colon = from?.IndexOf(':') ?? -1;
        return colon > 0 && colon < from!.Length - 1 ? from[(colon + 1)..] : null;
    }
}
