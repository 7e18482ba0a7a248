using Microsoft.Extensions.Options;
using RoleBot.Protocol;
using RoleBot.State;

namespace RoleBot.Channels.WebChat.DirectLine.Endpoints;

/// <summary>
/// Shared state out of reach (the database is restarting, say) answers 503 with Retry-After: DirectLineJS and
/// other clients retry that, and the instance serves again once the database is back. Polls never get here (they
/// answer 200 and empty, see <see cref="PollEndpoint"/>).
/// </summary>
internal static class DirectLineStateUnavailable
{
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ConversationStateUnavailableException ex) when (!context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            var services = context.HttpContext.RequestServices;
            var seconds = services.GetRequiredService<IOptions<ProtocolOptions>>().Value.RetryAfterSeconds;
            DirectLineLog.StateUnavailable(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineStateUnavailable)), ex.Message);
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return DirectLineResults.Problem(StatusCodes.Status503ServiceUnavailable, $"Conversations are unavailable for a moment; retry after {seconds} seconds.");
        }
    }
}
