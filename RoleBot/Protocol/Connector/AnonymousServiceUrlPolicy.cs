using Microsoft.Extensions.Options;

namespace RoleBot.Protocol.Connector;

/// <summary>
/// Without authentication anyone can name a serviceUrl, which would turn the bot into a request forwarder
/// (SSRF). Anonymous turns may therefore only reply to loopback or explicitly configured prefixes.
/// </summary>
public sealed class AnonymousServiceUrlPolicy(IOptions<AnonymousOutboundOptions> options)
{
    private readonly Uri[] _allowed = [.. options.Value.AllowedAnonymousServiceUrls.Select(Parse)];

    public bool IsAllowed(string? serviceUrl)
    {
        if (!ServiceUrls.TryParse(serviceUrl, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || _allowed.Any(prefix => Matches(prefix, uri));
    }

    private static bool Matches(Uri prefix, Uri candidate) =>
        string.Equals(prefix.Scheme, candidate.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(prefix.IdnHost, candidate.IdnHost, StringComparison.OrdinalIgnoreCase)
        && prefix.Port == candidate.Port
        && WithSlash(candidate.AbsolutePath).StartsWith(WithSlash(prefix.AbsolutePath), StringComparison.Ordinal);

    private static string WithSlash(string path) => path.EndsWith('/') ? path : path + "/";

    private static Uri Parse(string prefix) =>
        ServiceUrls.TryParse(prefix, out var uri)
            ? uri
            : throw new OptionsValidationException(
                nameof(AnonymousOutboundOptions.AllowedAnonymousServiceUrls),
                typeof(AnonymousOutboundOptions),
                [$"'{prefix}' is not an absolute http(s) URL."]);
}
