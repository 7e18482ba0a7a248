using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoleBot.Dialogs.Engine;

/// <summary>Typed reads and writes of dialog state, which is kept as plain JSON.</summary>
public static class StateJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static JsonNode? ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, Options);

    public static T? FromNode<T>(JsonNode? node) => node is null ? default : node.Deserialize<T>(Options);

    public static T? Get<T>(this JsonObject state, string key) => FromNode<T>(state[key]);

    public static void Set<T>(this JsonObject state, string key, T value) => state[key] = ToNode(value);
}
