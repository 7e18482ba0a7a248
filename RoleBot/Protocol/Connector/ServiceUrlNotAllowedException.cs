namespace RoleBot.Protocol.Connector;

/// <summary>An anonymous turn tried to reply to a serviceUrl outside loopback and the configured allow-list.</summary>
public sealed class ServiceUrlNotAllowedException(string? serviceUrl)
    : Exception($"Anonymous replies to '{LogValue.Untrusted(serviceUrl, LogValue.MaxUrlLength)}' are not allowed; add it to RoleBot:AllowedAnonymousServiceUrls.");
