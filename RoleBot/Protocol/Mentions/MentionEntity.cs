using System.Text.Json;

namespace RoleBot.Protocol.Mentions;

/// <summary>One mention entity (Teams, Web Chat, Slack through Azure Bot Service): who is mentioned and the markup it occupies in the text.</summary>
public sealed record MentionEntity(string Id, string? Name, string? Text)
{
    public static MentionEntity? Read(JsonElement entity)
    {
        if (entity.ValueKind != JsonValueKind.Object
            || !entity.TryGetProperty("type", out var type)
            || !IsMentionType(type.ValueKind == JsonValueKind.String ? type.GetString() : null)
            || !entity.TryGetProperty("mentioned", out var mentioned)
            || mentioned.ValueKind != JsonValueKind.Object
            || mentioned.StringOrNull("id") is not { Length: > 0 } id)
        {
            return null;
        }

        return new MentionEntity(id, mentioned.StringOrNull("name"), entity.StringOrNull("text"));
    }

    public bool Mentions(string accountId) => string.Equals(Id, accountId, StringComparison.OrdinalIgnoreCase);

    private static bool IsMentionType(string? type) =>
        string.Equals(type, "mention", StringComparison.OrdinalIgnoreCase)
        || string.Equals(type, "https://botframework.com/schema/mention", StringComparison.OrdinalIgnoreCase);

}
