using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Channels.WebChat.DirectLine.Tokens;
using RoleBot.Protocol;

namespace RoleBot.Channels.WebChat.DirectLine.Endpoints;

/// <summary>The answers every Direct Line endpoint shares: JSON in the wire's casing, problems with a reason and no content.</summary>
internal static class DirectLineResults
{
    public static IResult Json(object value, int status = StatusCodes.Status200OK) =>
        Results.Json(value, ActivityJson.Options, statusCode: status);

    public static IResult Ticket(DirectLineConversation conversation, IssuedToken token, int status = StatusCodes.Status200OK, string? streamUrl = null) =>
        Json(new ConversationTicket(conversation.Id, token.Token, token.ExpiresIn, streamUrl), status);

    public static IResult Problem(int status, string detail) => TypedResults.Problem(detail: detail, statusCode: status);

    public static IResult UnknownConversation() =>
        Problem(StatusCodes.Status404NotFound, "The conversation does not exist or has expired.");

    public static IResult Refused(HttpContext context, CallerCheck check)
    {
        if (check.Status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Problem(check.Status, "Send Authorization: Bearer with the Direct Line secret or a token.");
        }

        return Problem(check.Status, "The token is invalid, expired or not for this conversation.");
    }

    public static IResult TooManyRequests(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problem(StatusCodes.Status429TooManyRequests, $"Too many requests; retry after {seconds} seconds.");
    }
}
