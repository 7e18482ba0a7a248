using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RoleBot.Cards.Model;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract record AdaptiveAction(string Title)
{
    public string? Id { get; init; }

    public string? Tooltip { get; init; }

    // What a host that does not know this action shows instead (Action.Execute falls back to Action.Submit).
    public AdaptiveAction? Fallback { get; init; }
}

// Data is typed as a JSON object: a string would arrive in Teams as text, not as value, and could not be validated.
public sealed record SubmitAction(string Title, JsonObject Data) : AdaptiveAction(Title);

// Universal Action (1.4+): Teams sends an adaptiveCard/action invoke. Web Chat and Slack cannot, hence WithSubmitFallback.
public sealed record ExecuteAction(string Title, string Verb, JsonObject Data) : AdaptiveAction(Title)
{
    public static ExecuteAction WithSubmitFallback(string title, string verb, JsonObject data) =>
        new(title, verb, data) { Fallback = new SubmitAction(title, data.DeepClone().AsObject()) };
}

public sealed record OpenUrlAction(string Title, Uri Url) : AdaptiveAction(Title);
