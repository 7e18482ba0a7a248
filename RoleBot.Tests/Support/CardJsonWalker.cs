using System.Text.Json.Nodes;

namespace RoleBot.Tests.Support;

// Finds every JSON object of a given "type" anywhere in a card, fallbacks included.
internal static class CardJsonWalker
{
    public static IEnumerable<JsonObject> OfType(JsonNode? node, string type) =>
        Objects(node).Where(o => o["type"]?.GetValue<string>() == type);

    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var found in Objects(child))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var found in Objects(child))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }
}
