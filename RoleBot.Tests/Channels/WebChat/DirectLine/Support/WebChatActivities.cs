using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Protocol;

namespace RoleBot.Tests.Channels.WebChat.DirectLine.Support;

/// <summary>Activities as Web Chat posts them (docs/protocol.md §6.4), and readers for what comes back.</summary>
public static class WebChatActivities
{
    public static JsonObject Message(string? text, string? clientActivityId = null, JsonNode? value = null, string fromId = "web-user")
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = fromId, ["name"] = "Web User", ["role"] = "user" },
            ["channelId"] = "webchat",
            ["locale"] = "en-US",
            ["localTimezone"] = "Europe/Berlin",
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        if (value is not null)
        {
            activity["value"] = value;
        }

        return activity;
    }

    public static string? Role(this JsonElement activity) =>
        activity.TryGetProperty("from", out var from) && from.TryGetProperty("role", out var role) ? role.GetString() : null;

    /// <summary>Short for the product's <see cref="JsonElementExtensions.StringOrNull(JsonElement, string)"/>, which the tests read with constantly.</summary>
    public static string? Str(this JsonElement element, string name) => element.StringOrNull(name);

    public static string? ClientActivityId(this JsonElement activity) =>
        activity.TryGetProperty("channelData", out var data) ? data.Str("clientActivityID") : null;

    public static JsonElement? Card(this JsonElement activity) =>
        activity.TryGetProperty("attachments", out var attachments) && attachments.GetArrayLength() > 0
            && attachments[0].Str("contentType") == "application/vnd.microsoft.card.adaptive"
            ? attachments[0].GetProperty("content")
            : null;

    /// <summary>Every Action.Submit in a card (body and actions, at any depth).</summary>
    public static IEnumerable<JsonElement> Submits(this JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.Str("type") == "Action.Submit")
            {
                yield return node;
            }

            foreach (var property in node.EnumerateObject())
            {
                foreach (var found in Submits(property.Value))
                {
                    yield return found;
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var found in node.EnumerateArray().SelectMany(Submits))
            {
                yield return found;
            }
        }
    }
}
