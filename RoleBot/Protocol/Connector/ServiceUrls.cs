using System.Diagnostics.CodeAnalysis;

namespace RoleBot.Protocol.Connector;

public static class ServiceUrls
{
    /// <summary>True for an absolute http or https URL, the only kind a channel can give us to reply to.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out Uri? uri)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var parsed)
            && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps)
            && !string.IsNullOrEmpty(parsed.Host))
        {
            uri = parsed;
            return true;
        }

        uri = null;
        return false;
    }
}
