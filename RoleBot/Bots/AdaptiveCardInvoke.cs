using System.Text.Json;
using RoleBot.Protocol;

namespace RoleBot.Bots;

/// <summary>
/// Teams Universal Actions (protocol notes §5.4): an Action.Execute click arrives as an adaptiveCard/action invoke
/// whose value.action.data is the same payload an Action.Submit would send. The invoke gets a small status answer;
/// the actual reply goes to the conversation like any other.
/// </summary>
public static class AdaptiveCardInvoke
{
    public const string Name = "adaptiveCard/action";

    public static bool IsCardAction(Activity activity) => string.Equals(activity.Name, Name, StringComparison.Ordinal);

    /// <summary>The clicked action's data, or null when the invoke is not a well-formed Action.Execute.</summary>
    public static JsonElement? Data(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "Action.Execute"
        && action.TryGetProperty("data", out var data)
            ? data
            : null;

    public static InvokeResponse Message(string text) =>
        new(StatusCodes.Status200OK, new { statusCode = StatusCodes.Status200OK, type = "application/vnd.microsoft.activity.message", value = text });

    public static InvokeResponse BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, new
        {
            statusCode = StatusCodes.Status400BadRequest,
            type = "application/vnd.microsoft.error",
            value = new { code = "BadRequest", message },
        });
}
