using System.Text.Json;
using RoleBot.Protocol;

namespace RoleBot.Channels.WebChat.DirectLine.Conversations;

/// <summary>
/// A post already in a conversation that a client sent again (Web Chat's "Retry" re-sends the same
/// channelData.clientActivityID): its id, and whether the bot's answer to it is stored.
/// </summary>
public sealed record DirectLinePost(string Id, bool Answered)
{
    /// <summary>The clientActivityID Web Chat gives each outgoing activity, or null.</summary>
    public static string? ClientActivityId(Activity activity) =>
        activity.ChannelData.StringOrNull("clientActivityID") is { Length: > 0 } id ? id : null;

    internal static bool IsPost(JsonElement stored, string userId, string clientActivityId) =>
        stored.TryGetMember("channelData", out var data) && data.HasString("clientActivityID", clientActivityId)
        && stored.TryGetMember("from", out var from) && from.HasString("id", userId);

    internal static bool Answers(JsonElement stored, string activityId) => stored.HasString("replyToId", activityId);
}
