using System.Text.Json;

namespace RoleBot.Protocol;

/// <summary>
/// Attachment content that writes itself straight into the activity's JSON when the activity is serialized, with
/// that writer's encoder, so a card becomes bytes once, in the response or request body, and nowhere else.
/// </summary>
public interface IJsonContent
{
    void WriteTo(Utf8JsonWriter writer);
}
