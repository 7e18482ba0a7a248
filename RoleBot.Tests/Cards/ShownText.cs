using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RoleBot.Tests.Cards;

// The strings a person can read in a reply, card or Block Kit message: texts, titles, fact values, speech and
// summaries, without what only machines read (submit data, button values, ids, link targets).
internal static partial class ShownText
{
    private static readonly HashSet<string> ShownKeys = ["text", "title", "speak", "summary", "tooltip", "fallbackText", "altText"];

    public static IEnumerable<string> Of(JsonNode? node) => Collect(node).Select(WithoutLinkTargets);

    private static IEnumerable<string> Collect(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                // A FactSet fact is the one object whose "value" is shown; a Slack button's "value" is its payload.
                var isFact = obj.ContainsKey("title") && obj.ContainsKey("value") && !obj.ContainsKey("type");
                foreach (var (key, child) in obj)
                {
                    if (key == "data")
                    {
                        continue;
                    }

                    if (child is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        if (ShownKeys.Contains(key) || (isFact && key == "value"))
                        {
                            yield return text;
                        }

                        continue;
                    }

                    foreach (var found in Collect(child))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                foreach (var found in array.SelectMany(Collect))
                {
                    yield return found;
                }

                break;
        }
    }

    // "[label](url)" in card Markdown and "<url|label>" in Slack mrkdwn show only the label.
    private static string WithoutLinkTargets(string text) => SlackLinkTarget().Replace(MarkdownLinkTarget().Replace(text, "]"), "");

    [GeneratedRegex(@"\]\([^)\s]*\)")]
    private static partial Regex MarkdownLinkTarget();

    [GeneratedRegex(@"<[^|<>]*\|")]
    private static partial Regex SlackLinkTarget();
}
