using System.Text.Json;
using RoleBot.Auth;

namespace RoleBot.Protocol.Queue;

/// <summary>A queued turn as the journal keeps it: the activity and what authentication decided about it.</summary>
public static class QueuedTurnJson
{
    public static string Write(QueuedTurn turn) =>
        JsonSerializer.Serialize(new Stored(turn.Activity, turn.Authentication), ActivityJson.Options);

    /// <summary>A turn's replies as <see cref="ITurnJournal.AnsweredAsync"/> keeps them until they are sent.</summary>
    public static string WriteReplies(IReadOnlyList<Activity> replies) => JsonSerializer.Serialize(replies, ActivityJson.Options);

    /// <summary>The replies <see cref="WriteReplies"/> stored, or null when the turn has none committed yet; throws <see cref="JsonException"/> when unreadable.</summary>
    public static Activity[]? ReadReplies(string? replies) => replies is null ? null : JsonSerializer.Deserialize<Activity[]>(replies, ActivityJson.Options);

    /// <summary>Null when the payload is not a stored turn (written by a build that no longer matches).</summary>
    public static QueuedTurn? Read(JournaledTurn journaled)
    {
        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(journaled.Payload, ActivityJson.Options);
            var answered = ReadReplies(journaled.Replies);
            return stored is { Activity: not null, Authentication: not null }
                ? new QueuedTurn(stored.Activity, stored.Authentication, journaled.Id, answered)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Stored(Activity? Activity, AuthenticationResult? Authentication);
}
