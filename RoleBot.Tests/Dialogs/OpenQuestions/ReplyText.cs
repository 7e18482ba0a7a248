using System.Text.Json.Nodes;

namespace RoleBot.Tests.Dialogs.OpenQuestions;

/// <summary>Everything a reply says: its text and its cards' text, without the buttons' titles.</summary>
public static class ReplyText
{
    public static string Of(IEnumerable<JsonObject> replies)
    {
        var parts = new List<string>();
        foreach (var reply in replies)
        {
            parts.Add(reply["text"]?.ToString() ?? "");
            foreach (var attachment in reply["attachments"]?.AsArray() ?? [])
            {
                Walk(attachment?["content"], parts);
            }
        }

        return string.Join(" | ", parts.Where(p => p.Length > 0));
    }

    private static void Walk(JsonNode? node, List<string> parts)
    {
        switch (node)
        {
            case JsonObject obj when obj["type"]?.ToString().StartsWith("Action.", StringComparison.Ordinal) == true:
                return;
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    if (child is JsonValue value && key is "text" or "title" or "value" && value.TryGetValue<string>(out var s))
                    {
                        parts.Add(s);
                    }
                    else
                    {
                        Walk(child, parts);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Walk(child, parts);
                }

                break;
        }
    }
}
