using System.Text.Json;

namespace RoleBot.Protocol;

/// <summary>Reads optional members of channel JSON that may be missing, null or of the wrong kind, without throwing.</summary>
public static class JsonElementExtensions
{
    public static string? StringOrNull(this JsonElement owner, string name) =>
        owner.ValueKind == JsonValueKind.Object
        && owner.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static string? StringOrNull(this JsonElement? owner, string name) => owner?.StringOrNull(name);
}
