using System.Text.Json;

namespace RoleBot.Channels.Teams;

/// <summary>One mention entity as Teams sends it: who is mentioned and the markup it occupies in the text.</summary>
internal sealed record MentionEntity(string Id, string? Name, string? Text)
{
    public static MentionEntity? Read(JsonElement entity)
    {
        if (entity.ValueKind != JsonValueKind.Object
            || !entity.TryGetProperty("type", out var type)
            || !IsMentionType(type.ValueKind == JsonValueKind.String ? type.GetString() : null)
            || !entity.TryGetProperty("mentioned", out var mentioned)
            || mentioned.ValueKind != JsonValueKind.Object
            || String(mentioned, "id") is not { Length: > 0 } id)
        {
            return null;
        }

        return new MentionEntity(id, String(mentioned, "name"), String(entity, "text"));
    }

    public bool Mentions(string accountId) => string.Equals(Id, accountId, StringComparison.OrdinalIgnoreCase);

    private static bool IsMentionType(string? type) =>
        string.Equals(type, "mention", StringComparison.OrdinalIgnoreCase)
        || string.Equals(type, "https://botframework.com/schema/mention", StringComparison.OrdinalIgnoreCase);

    private static string? String(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
