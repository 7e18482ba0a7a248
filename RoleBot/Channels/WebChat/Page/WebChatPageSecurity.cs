using System.Security.Cryptography;

namespace RoleBot.Channels.WebChat.Page;

/// <summary>
/// Response headers of the page. Only the bot's own origin is allowed: the page loads nothing from the internet,
/// and Direct Line plus the token endpoint are same-origin. Web Chat's CSS-in-JS style elements carry a per-request
/// nonce (passed to Web Chat by chat.js); react-scroll-to-bottom inserts one empty style element without it and fills
/// it through the CSSOM, which the hash of the empty string admits without opening up inline styles in general.
/// </summary>
public static class WebChatPageSecurity
{
    private const string EmptyStyleHash = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

    public static string NewNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    public static string ContentSecurityPolicy(string nonce, IEnumerable<string> frameAncestors) => string.Join("; ",
        "default-src 'none'",
        "script-src 'self'",
        $"style-src 'self' 'nonce-{nonce}' {EmptyStyleHash}",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        $"frame-ancestors {string.Join(' ', ["'self'", .. frameAncestors])}");

    public static void Apply(HttpResponse response, string nonce, WebChatPageOptions options)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce, options.FrameAncestors);
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
    }
}
