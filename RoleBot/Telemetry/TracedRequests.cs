using System.Diagnostics;

namespace RoleBot.Telemetry;

/// <summary>What the HTTP instrumentation may record.</summary>
internal static class TracedRequests
{
    /// <summary>Scrapes and health probes would drown the turns.</summary>
    public static bool ShouldTrace(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/metrics") && !context.Request.Path.StartsWithSegments("/healthz");

    /// <summary>
    /// Outgoing URLs carry conversation ids, and Slack's response_url carries a secret in its path: a span keeps
    /// only the scheme, host and port.
    /// </summary>
    public static void RedactUrl(System.Diagnostics.Activity span, HttpRequestMessage request)
    {
        if (request.RequestUri is { IsAbsoluteUri: true } uri)
        {
            span.SetTag("url.full", $"{uri.Scheme}://{uri.Authority}/");
        }
    }
}
