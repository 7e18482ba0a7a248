namespace RoleBot.Protocol.Http;

/// <summary>
/// Kestrel throws BadHttpRequestException (408) from a body read when the client sends below MinRequestBodyDataRate.
/// That is the client's fault and already answered by Kestrel's policy, so it is one Information line, not an
/// unhandled exception with a stack trace. Every endpoint reads bodies, so this is caught once, around all of them.
/// </summary>
public sealed class SlowBodyMiddleware(ILogger<SlowBodyMiddleware> logger) : IMiddleware
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status408RequestTimeout)
        {
            ProtocolLog.BodyTooSlow(logger, context.Request.Method, LogValue.Untrusted(context.Request.Path.Value, LogValue.MaxUrlLength) ?? "");
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status408RequestTimeout;
            }
        }
    }
}
