using System.Text.Json;
using RoleBot.Auth;

namespace RoleBot.Protocol.Queue;

/// <summary>A queued turn as the journal keeps it: the activity and what authentication decided about it.</summary>
public static class QueuedTurnJson
{
    public static string Write(QueuedTurn turn) =>
        JsonSerializer.Serialize(new Stored(turn.Activity, turn.Authentication), ActivityJson.Options);

    /// <summary>Null when the payload is not a stored turn (written by a build that no longer matches).</summary>
    public static QueuedTurn? Read(JournaledTurn journaled)
    {
        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(journaled.Payload, ActivityJson.Options);
            return stored is { Activity: not null, Authentication: not null }
                ? new QueuedTurn(stored.Activity, stored.Authentication, journaled.Id)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Stored(Activity? Activity, AuthenticationResult? Authentication);
}
