namespace RoleBot.Channels.WebChat.DirectLine.Cors;

/// <summary>Origins as browsers send them: scheme://host[:port], lower case, default port omitted, no path.</summary>
public static class AllowedOrigins
{
    public static bool IsOrigin(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0;

    public static string Normalize(string origin) =>
        new Uri(origin, UriKind.Absolute).GetLeftPart(UriPartial.Authority).ToLowerInvariant();
}
