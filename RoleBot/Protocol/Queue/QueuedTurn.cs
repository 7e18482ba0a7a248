using RoleBot.Auth;

namespace RoleBot.Protocol.Queue;

/// <summary>An acknowledged activity waiting for a background worker.</summary>
public sealed record QueuedTurn(Activity Activity, AuthenticationResult Authentication);
