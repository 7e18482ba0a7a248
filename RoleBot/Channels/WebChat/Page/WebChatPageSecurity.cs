namespace RoleBot.Channels.WebChat.Page;

/// <summary>
/// Response headers of the page. The policy allows only the bot's own origin: the page loads nothing from the
/// internet, and Direct Line plus the token endpoint are same-origin.
/// </summary>
public static class WebChatPageSecurity
{
    public static string ContentSecurityPolicy(IEnumerable<string> frameAncestors) => string.Join("; ",
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        $"frame-ancestors {string.Join(' ', ["'self'", .. frameAncestors])}");

    public static void Apply(HttpResponse response, WebChatPageOptions options)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy(options.FrameAncestors);
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";
    }
}
