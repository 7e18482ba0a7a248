using RoleBot.Auth;

namespace RoleBot.Protocol.Queue;

/// <summary>
/// An acknowledged activity waiting for a background worker; <paramref name="JournalId"/> when it is also kept
/// durably, and <paramref name="Answered"/> when it already ran elsewhere and only its committed replies remain to send.
/// </summary>
public sealed record QueuedTurn(Activity Activity, AuthenticationResult Authentication, long? JournalId = null, IReadOnlyList<Activity>? Answered = null);
