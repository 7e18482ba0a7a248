using Microsoft.Extensions.Options;

namespace RoleBot.Channels.WebChat.DirectLine.Cors;

/// <summary>
/// CORS for the configured origins only (docs/protocol.md §6.5). Hand-rolled rather than the CORS middleware because
/// the app's pipeline belongs to the host and these endpoints must work wherever they are mapped.
/// </summary>
public sealed class DirectLineCors(IOptions<DirectLineOptions> options)
{
    private const string AllowedHeaders = "authorization, content-type, x-ms-bot-agent, x-requested-with";
    private readonly HashSet<string> _origins = [.. options.Value.AllowedOrigins.Select(AllowedOrigins.Normalize)];

    /// <summary>Adds the CORS response headers when the request comes from an allowed origin.</summary>
    public bool Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.Append("Vary", "Origin");
        var origin = context.Request.Headers.Origin.ToString();
        if (!AllowedOrigins.IsOrigin(origin) || !_origins.Contains(AllowedOrigins.Normalize(origin)))
        {
            return false;
        }

        headers.AccessControlAllowOrigin = origin;
        headers.AccessControlExposeHeaders = "Retry-After";
        return true;
    }

    /// <summary>A preflight from an origin not configured gets no CORS headers, so the browser refuses the real request.</summary>
    public IResult Preflight(HttpContext context)
    {
        if (Apply(context))
        {
            var headers = context.Response.Headers;
            headers.AccessControlAllowMethods = "GET, POST, OPTIONS";
            headers.AccessControlAllowHeaders = AllowedHeaders;
            headers.AccessControlMaxAge = "600";
        }

        return Results.NoContent();
    }
}
