using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleBot.Protocol;

/// <summary>
/// A Bot Framework Activity (v3 schema). Only the members RoleBot reads or writes are typed; every
/// other member round-trips through <see cref="Properties"/> so nothing a channel sends is lost.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<JsonElement>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public string? DeliveryMode { get; set; }
    public string? CallerId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>
    /// What the bot composed before any channel's format was chosen (an answer document); the reply shaper turns
    /// it into attachments or channelData when the reply is sent and clears it. Never on the wire.
    /// </summary>
    [JsonIgnore]
    public object? Draft { get; set; }

    /// <summary>
    /// A copy that can be addressed, shaped and sent without changing this one: its lists, suggested actions and
    /// extension members are its own. What they hold (accounts, attachments, JSON values) and the draft are shared,
    /// as nothing changes them once made.
    /// </summary>
    public Activity Copy()
    {
        var copy = (Activity)MemberwiseClone();
        copy.MembersAdded = MembersAdded is null ? null : [.. MembersAdded];
        copy.MembersRemoved = MembersRemoved is null ? null : [.. MembersRemoved];
        copy.Attachments = Attachments is null ? null : [.. Attachments];
        copy.Entities = Entities is null ? null : [.. Entities];
        copy.SuggestedActions = SuggestedActions is null ? null : new SuggestedActions { To = SuggestedActions.To is null ? null : [.. SuggestedActions.To], Actions = [.. SuggestedActions.Actions] };
        copy.Properties = Properties is null ? null : new Dictionary<string, JsonElement>(Properties);
        return copy;
    }

    /// <summary>Exact, as the SDK's dispatch compares types; "Message" is an unknown type, not a message.</summary>
    public bool IsType(string type) => string.Equals(Type, type, StringComparison.Ordinal);
}
