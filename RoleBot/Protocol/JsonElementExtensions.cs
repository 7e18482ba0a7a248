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

    /// <summary>Whether the member is the string <paramref name="expected"/>: <see cref="StringOrNull(JsonElement, string)"/> compared without making the string.</summary>
    public static bool HasString(this JsonElement owner, string name, string expected) =>
        owner.TryGetMember(name, out var value) && value.ValueKind == JsonValueKind.String && value.ValueEquals(expected);

    /// <summary>TryGetProperty that answers false, instead of throwing, when the owner is not an object (a null in an array, a string where an object belongs).</summary>
    public static bool TryGetMember(this JsonElement owner, string name, out JsonElement value)
    {
        if (owner.ValueKind == JsonValueKind.Object)
        {
            return owner.TryGetProperty(name, out value);
        }

        value = default;
        return false;
    }
}
