using System.Text.Json.Serialization;

namespace RoleBot.Channels.WebChat.DirectLine.Endpoints;

/// <summary>
/// Direct Line's Conversation object as tokens/generate, tokens/refresh and conversations return it; starting and
/// reconnecting add the streamUrl (absent elsewhere, and from JSON when null).
/// </summary>
public sealed record ConversationTicket(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl = null);

/// <summary>A poll's answer: the activities after the watermark and the watermark to send next time.</summary>
public sealed record ActivitySet(IReadOnlyList<System.Text.Json.JsonElement> Activities, string Watermark);

/// <summary>The answer to a posted activity: the id it was stored under.</summary>
public sealed record ResourceResponse(string Id);
