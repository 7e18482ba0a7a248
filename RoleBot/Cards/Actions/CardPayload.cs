using System.Text.Json.Nodes;

namespace RoleBot.Cards.Actions;

/// <summary>
/// What a RoleBot button sends back (Action.Submit data, Action.Execute data, Slack button value):
/// <c>{"rolebot":"v1","action":"career","role":"project-manager"}</c>. Only ids and an example question
/// travel; the dialogs look everything else up again, so a tampered payload can at worst ask a valid question.
/// See <see cref="CardPayloadParser"/> for the rules each action must satisfy.
/// </summary>
public sealed record CardPayload(CardActionKind Action, string? Role = null, string? Other = null, string? Faq = null, string? Text = null, string? Answer = null)
{
    public const string VersionKey = "rolebot";
    public const string Version = "v1";

    public static CardPayload Ask(string question) => new(CardActionKind.Ask, Text: question);

    public static CardPayload Describe(string role) => new(CardActionKind.Describe, role);

    public static CardPayload Career(string role) => new(CardActionKind.Career, role);

    public static CardPayload Compare(string role, string? other = null) => new(CardActionKind.Compare, role, other);

    public static CardPayload Rank(string role, string other) => new(CardActionKind.Rank, role, other);

    public static CardPayload Choose(string role) => new(CardActionKind.Choose, role);

    public static CardPayload ShowFaq(string faq) => new(CardActionKind.Faq, Faq: faq);

    public static CardPayload Help() => new(CardActionKind.Help);

    /// <summary>A vote on an answer: only its kind and the ids it was about travel, never the words shown.</summary>
    public static CardPayload Vote(bool helpful, string answerKind, string? role = null, string? other = null, string? faq = null) =>
        new(helpful ? CardActionKind.Helpful : CardActionKind.Unhelpful, role, other, faq, Answer: answerKind);

    public JsonObject ToJson()
    {
        var json = new JsonObject { [VersionKey] = Version, ["action"] = CardActionNames.ToWire(Action) };
        AddIfSet(json, "role", Role);
        AddIfSet(json, "other", Other);
        AddIfSet(json, "faq", Faq);
        AddIfSet(json, "text", Text);
        AddIfSet(json, "answer", Answer);
        return json;
    }

    public string ToJsonString() => ToJson().ToJsonString();

    private static void AddIfSet(JsonObject json, string key, string? value)
    {
        if (value is not null)
        {
            json[key] = value;
        }
    }
}
