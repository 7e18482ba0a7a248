namespace RoleBot.Channels.WebChat.Page;

/// <summary>
/// The Web Chat bundle's URL carries its version, so browsers may keep it for a year; the page's own script and
/// styles change with RoleBot and are revalidated (ETag) on every load.
/// </summary>
public static class WebChatAssetCaching
{
    public static void Apply(HttpContext context)
    {
        var versioned = context.Request.Path.StartsWithSegments(WebChatBundle.VersionPath, StringComparison.Ordinal);
        context.Response.Headers.CacheControl = versioned ? "public, max-age=31536000, immutable" : "no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
    }
}
