using System.Text.Json.Serialization;

namespace RoleBot.Cards.Model;

// The root of an Adaptive Card. Version 1.5 is what Teams renders for bot messages; Table is the only
// 1.5 element used and always carries a fallback, so older hosts degrade instead of dropping content.
public sealed record AdaptiveCard
{
    public const string CurrentVersion = "1.5";
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string SchemaUrl = "https://adaptivecards.io/schemas/1.5.0/adaptive-card.json";

    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string? Schema { get; init; } = SchemaUrl;

    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = CurrentVersion;

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<AdaptiveAction> Actions { get; init; } = [];

    // Shown by hosts that cannot render the card; also the card's text summary.
    public required string FallbackText { get; init; }

    public string? Speak { get; init; }

    public TeamsCardProperties Msteams { get; init; } = TeamsCardProperties.FullWidth;
}

// Teams-only root extension; the official schema is closed, so CI allowlists it.
public sealed record TeamsCardProperties(string Width)
{
    public static TeamsCardProperties FullWidth { get; } = new("Full");
}
