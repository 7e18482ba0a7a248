using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace RoleBot.Channels.Slack;

// Block Kit is snake_case (block_id, action_id); nulls are omitted because Slack rejects explicit nulls.
public static class SlackJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static JsonElement ToChannelData(SlackMessage message) => JsonSerializer.SerializeToElement(message, Options);
}
