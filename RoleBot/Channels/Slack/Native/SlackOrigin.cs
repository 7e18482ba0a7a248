namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// Where a Slack request came from, in the terms of Azure Bot Service's Slack channel, so dialogs and state behave
/// as on every other channel. <paramref name="Thread"/> is the fourth part of the conversation id: the thread ts in
/// a channel (a DM thread only when the user replied in one), or the user id for a private slash-command exchange.
/// </summary>
/// <param name="AppId">The app id (A…): the one bot identity that events, commands and clicks all carry.</param>
public sealed record SlackOrigin(string AppId, string Team, string Channel, string? Thread, string User, string? BotUserId, bool IsDirect)
{
    public string ConversationId => Thread is null ? $"{AppId}:{Team}:{Channel}" : $"{AppId}:{Team}:{Channel}:{Thread}";

    public static bool IsDirectChannel(string channel, string? channelType = null) =>
        channelType == "im" || channel.StartsWith('D');
}
