using RoleBot.Auth;

namespace RoleBot.Protocol.Queue;

/// <summary>An acknowledged activity waiting for a background worker; <paramref name="JournalId"/> when it is also kept durably.</summary>
public sealed record QueuedTurn(Activity Activity, AuthenticationResult Authentication, long? JournalId = null);
