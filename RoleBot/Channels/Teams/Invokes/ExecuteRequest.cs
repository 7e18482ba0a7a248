using System.Text.Json;
using RoleBot.Protocol;

namespace RoleBot.Channels.Teams.Invokes;

/// <summary>
/// The Action.Execute inside an adaptiveCard/action invoke: value.action {type, verb, data}. Validation mirrors
/// the SDK (missing value or action → BadRequest, any other action type → NotSupported).
/// </summary>
public sealed record ExecuteRequest(string? Verb, JsonElement? Data)
{
    public static (ExecuteRequest? Request, InvokeResponse? Rejection) Read(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return (null, AdaptiveCardInvokeResponse.BadRequest("Missing value property"));
        }

        if (!value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return (null, AdaptiveCardInvokeResponse.BadRequest("Missing action property"));
        }

        var type = action.StringOrNull("type");
        if (!string.Equals(type, "Action.Execute", StringComparison.Ordinal))
        {
            // The type is echoed back only when it is short and printable, so the error never carries a payload.
            var shown = type is { Length: <= 40 } t && t.All(c => !char.IsControl(c)) ? t : "unknown";
            return (null, AdaptiveCardInvokeResponse.NotSupported($"The action '{shown}' is not supported."));
        }

        JsonElement? data = action.TryGetProperty("data", out var d) ? d.Clone() : null;
        return (new ExecuteRequest(action.StringOrNull("verb"), data), null);
    }

}
