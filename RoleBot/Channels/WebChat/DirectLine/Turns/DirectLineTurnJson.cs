using System.Text.Json;
using RoleBot.Protocol;

namespace RoleBot.Channels.WebChat.DirectLine.Turns;

/// <summary>
/// A Direct Line turn as the shared journal keeps it: which conversation, and which stored post to answer (the post
/// itself is already in the conversation's history). Marked with its own kind so the journal tells it from others.
/// </summary>
public static class DirectLineTurnJson
{
    private const string Kind = "directline-turn";

    public static string Write(string conversationId, string activityId) =>
        JsonSerializer.Serialize(new Stored(Kind, conversationId, activityId), ActivityJson.Options);

    /// <summary>Null when the payload is not a Direct Line turn.</summary>
    public static (string ConversationId, string ActivityId)? Read(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<Stored>(payload, ActivityJson.Options) is { Kind: Kind, Conversation: { } conversation, Activity: { } activity }
                ? (conversation, activity)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Stored(string? Kind, string? Conversation, string? Activity);
}
