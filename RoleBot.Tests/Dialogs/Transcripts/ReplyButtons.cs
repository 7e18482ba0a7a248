using System.Text.Json.Nodes;

namespace RoleBot.Tests.Dialogs.Transcripts;

/// <summary>The RoleBot buttons in a reply's cards, in document order: title and payload action.</summary>
public static class ReplyButtons
{
    public static List<(string Title, string Action)> Of(JsonObject reply)
    {
        var buttons = new List<(string, string)>();
        foreach (var attachment in reply["attachments"]?.AsArray() ?? [])
        {
            Walk(attachment?["content"], buttons);
        }

        return buttons;
    }

    private static void Walk(JsonNode? node, List<(string, string)> buttons)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"]?.GetValue<string>() is { } type && type.StartsWith("Action.", StringComparison.Ordinal)
                    && obj["data"] is JsonObject { } data && data["rolebot"] is not null)
                {
                    buttons.Add((obj["title"]?.GetValue<string>() ?? "", data["action"]?.GetValue<string>() ?? ""));
                    return;
                }

                foreach (var (_, child) in obj)
                {
                    Walk(child, buttons);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Walk(child, buttons);
                }

                break;
        }
    }
}
