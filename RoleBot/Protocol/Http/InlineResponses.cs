using System.Text.Json;
using RoleBot.Protocol.Turns;

namespace RoleBot.Protocol.Http;

/// <summary>Maps a finished inline turn to its HTTP answer, as the SDK's CloudAdapter does.</summary>
public static class InlineResponses
{
    public static InlineResponse From(Activity activity, TurnOutcome outcome)
    {
        if (ActivityValidator.IsExpectReplies(activity))
        {
            // Even a failed turn answers 200: the apology is among the replies.
            return new InlineResponse(StatusCodes.Status200OK, Serialize(new ExpectedReplies(outcome.Replies)));
        }

        if (outcome.Failed)
        {
            return new InlineResponse(StatusCodes.Status500InternalServerError, Serialize(new
            {
                error = new { code = "BotError", message = "The bot failed to process the invoke." },
            }));
        }

        return outcome.InvokeResponse is { } invoke
            ? new InlineResponse(invoke.Status, invoke.Body is null ? null : Serialize(invoke.Body))
            : new InlineResponse(StatusCodes.Status501NotImplemented, null);
    }

    private static byte[] Serialize(object value) =>
        JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), ActivityJson.Options);
}
