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
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("clientActivityID", out var id) && id.ValueKind == JsonValueKind.String
        && id.GetString() is { Length: > 0 } value ? value : null;

    internal static bool IsPost(JsonElement stored, string userId, string clientActivityId) =>
        stored.TryGetProperty("channelData", out var data) && data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty("clientActivityID", out var id) && id.ValueKind == JsonValueKind.String && id.ValueEquals(clientActivityId)
        && stored.TryGetProperty("from", out var from) && from.ValueKind == JsonValueKind.Object
        && from.TryGetProperty("id", out var fromId) && fromId.ValueKind == JsonValueKind.String && fromId.ValueEquals(userId);

    internal static bool Answers(JsonElement stored, string activityId) =>
        stored.TryGetProperty("replyToId", out var replyTo) && replyTo.ValueKind == JsonValueKind.String && replyTo.ValueEquals(activityId);
}
