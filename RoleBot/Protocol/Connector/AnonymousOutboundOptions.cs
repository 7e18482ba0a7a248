namespace RoleBot.Protocol.Connector;

/// <summary>Bound from the RoleBot configuration section (key RoleBot:AllowedAnonymousServiceUrls).</summary>
public sealed class AnonymousOutboundOptions
{
    public const string Section = "RoleBot";

    /// <summary>
    /// URL prefixes (scheme, host, port and path prefix) that anonymous requests may name as serviceUrl in
    /// addition to loopback, e.g. the Agents Playground's connector in a container network.
    /// </summary>
    public List<string> AllowedAnonymousServiceUrls { get; set; } = [];
}
