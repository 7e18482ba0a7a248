namespace RoleBot.Protocol;

/// <summary>An anonymous turn tried to reply to a serviceUrl outside loopback and the configured allow-list.</summary>
public sealed class ServiceUrlNotAllowedException(string? serviceUrl)
    : Exception($"Anonymous replies to '{serviceUrl}' are not allowed; add it to RoleBot:AllowedAnonymousServiceUrls.");
