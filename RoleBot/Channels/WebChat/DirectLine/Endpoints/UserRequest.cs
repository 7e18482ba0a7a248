using System.Text.Json;
using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Protocol;
using RoleBot.Protocol.Http;

namespace RoleBot.Channels.WebChat.DirectLine.Endpoints;

/// <summary>The optional body of tokens/generate and conversations: {"user":{"id","name"}}, maybe empty or "{}".</summary>
public sealed record UserRequest(ChannelAccount? User)
{
    private const int MaxBytes = 4096;

    /// <summary>The user to create the conversation for, or a problem result for a body that is too large or malformed.</summary>
    public static async Task<(ChannelAccount? User, IResult? Problem)> ReadAsync(HttpRequest request)
    {
        var body = await BoundedReader.ReadAsync(request.Body, request.ContentLength, MaxBytes, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return (null, DirectLineResults.Problem(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxBytes} bytes."));
        }

        UserRequest? parsed = null;
        if (body.Length > 0)
        {
            try
            {
                parsed = JsonSerializer.Deserialize<UserRequest>(body, ActivityJson.Options);
            }
            catch (JsonException)
            {
                return (null, DirectLineResults.Problem(StatusCodes.Status400BadRequest, "The body must be a JSON object such as {\"user\":{\"id\":\"...\"}}."));
            }
        }

        var user = DirectLineUsers.From(parsed?.User);
        return user is null
            ? (null, DirectLineResults.Problem(StatusCodes.Status400BadRequest,
                $"user.id may have at most {DirectLineUsers.MaxIdLength} and user.name {DirectLineUsers.MaxNameLength} characters, without control characters."))
            : (user, null);
    }
}
