using System.Text.Json;

namespace RoleBot.Protocol;

/// <summary>
/// Attachment content that writes itself into the activity's JSON when the activity is serialized (a card copies
/// the bytes it was measured as), so no JsonNode tree is built for content nobody reads.
/// </summary>
public interface IJsonContent
{
    void WriteTo(Utf8JsonWriter writer);
}
