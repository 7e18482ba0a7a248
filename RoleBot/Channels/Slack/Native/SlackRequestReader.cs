using Microsoft.Extensions.Options;
using RoleBot.Protocol.Http;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// The first thing every Slack endpoint does: read the raw body once (bounded), then check Slack's signature over
/// exactly those bytes. Nothing is parsed, echoed or queued before the signature holds.
/// </summary>
public sealed class SlackRequestReader(IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackRequestReader> logger)
{
    /// <summary>The verified body, or null once a 401 or 413 has been written.</summary>
    public async Task<byte[]?> ReadVerifiedAsync(HttpContext context)
    {
        var settings = options.Value;
        var request = context.Request;
        var body = await BoundedReader.ReadAsync(request.Body, request.ContentLength, settings.MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            SlackLog.Rejected(logger, StatusCodes.Status413PayloadTooLarge, "body too large", request.Path);
            // The same body would be refused again, so Slack need not retry it.
            context.Response.Headers["X-Slack-No-Retry"] = "1";
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return null;
        }

        var check = SlackSignature.Verify(
            settings.SigningSecret!,
            request.Headers["X-Slack-Request-Timestamp"].ToString(),
            request.Headers["X-Slack-Signature"].ToString(),
            body,
            time.GetUtcNow(),
            settings.MaxClockSkew);
        if (check != SignatureCheck.Valid)
        {
            SlackLog.Rejected(logger, StatusCodes.Status401Unauthorized, check.ToString(), request.Path);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return null;
        }

        return body;
    }
}
