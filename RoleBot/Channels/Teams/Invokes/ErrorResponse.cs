using RoleBot.Protocol;

namespace RoleBot.Channels.Teams.Invokes;

/// <summary>The Bot Framework ErrorResponse {error:{code,message}}, for invokes whose value is not what the name promises.</summary>
public sealed record ErrorResponse(InvokeError Error)
{
    public static InvokeResponse BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, new ErrorResponse(new InvokeError("BadRequest", message)));
}
