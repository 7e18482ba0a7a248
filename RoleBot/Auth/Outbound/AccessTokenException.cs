namespace RoleBot.Auth.Outbound;

/// <summary>No token could be obtained; the message names the cause and never contains a secret.</summary>
public sealed class AccessTokenException(string message, Exception? inner = null) : Exception(message, inner);
