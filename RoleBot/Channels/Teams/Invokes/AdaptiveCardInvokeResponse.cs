using System.Text.Json.Nodes;
using RoleBot.Cards.Model;
using RoleBot.Protocol;

namespace RoleBot.Channels.Teams.Invokes;

/// <summary>
/// The body Teams expects for adaptiveCard/action (docs/protocol.md §5.4): its own statusCode, a type and a value.
/// Errors also set the HTTP status, as the SDK's ActivityHandler does.
/// </summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, object Value)
{
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static InvokeResponse Card(JsonObject card) => new(StatusCodes.Status200OK, new AdaptiveCardInvokeResponse(200, AdaptiveCard.ContentType, card));

    public static InvokeResponse Message(string text) => new(StatusCodes.Status200OK, new AdaptiveCardInvokeResponse(200, MessageType, text));

    public static InvokeResponse BadRequest(string message) => Error("BadRequest", message);

    public static InvokeResponse NotSupported(string message) => Error("NotSupported", message);

    private static InvokeResponse Error(string code, string message) =>
        new(StatusCodes.Status400BadRequest, new AdaptiveCardInvokeResponse(400, ErrorType, new InvokeError(code, message)));
}

public sealed record InvokeError(string Code, string Message);
