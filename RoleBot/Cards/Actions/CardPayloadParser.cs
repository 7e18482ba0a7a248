using System.Text.Json;
using System.Text.RegularExpressions;

namespace RoleBot.Cards.Actions;

/// <summary>
/// Validates what a client sends back from a button. Anything a user could edit (Web Chat lets them post any
/// value) is checked for shape only; whether a role id exists is for the caller, via the optional lookups.
/// </summary>
public static partial class CardPayloadParser
{
    public const int MaxIdLength = 64;
    public const int MaxTextLength = 200;

    // Teams may add its own "msteams" object to submit data; it is not ours to validate.
    private static readonly HashSet<string> AllowedKeys = [CardPayload.VersionKey, "action", "role", "other", "faq", "text", "answer", "msteams"];

    /// <summary>True when the value claims to be a RoleBot payload at all, so callers can route it here.</summary>
    public static bool LooksLikePayload(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty(CardPayload.VersionKey, out _);

    public static PayloadParseResult Parse(string json, Func<string, bool>? roleExists = null, Func<string, bool>? faqExists = null)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
            return Parse(document.RootElement, roleExists, faqExists);
        }
        catch (JsonException)
        {
            return PayloadParseResult.Rejected("payload is not valid JSON");
        }
    }

    public static PayloadParseResult Parse(JsonElement? value, Func<string, bool>? roleExists = null, Func<string, bool>? faqExists = null)
    {
        if (value is not { ValueKind: JsonValueKind.Object } data)
        {
            return PayloadParseResult.Rejected("payload must be a JSON object");
        }

        if (!data.TryGetProperty(CardPayload.VersionKey, out var version) || version.ValueKind != JsonValueKind.String)
        {
            return PayloadParseResult.Rejected("not a RoleBot payload (no 'rolebot' version)");
        }

        if (version.GetString() != CardPayload.Version)
        {
            return PayloadParseResult.Rejected($"stale or unknown payload version (expected '{CardPayload.Version}')");
        }

        foreach (var property in data.EnumerateObject())
        {
            if (!AllowedKeys.Contains(property.Name))
            {
                return PayloadParseResult.Rejected($"unexpected field '{Truncate(property.Name)}'");
            }
        }

        var fields = PayloadFields.Read(data);
        if (fields.Error is { } error)
        {
            return PayloadParseResult.Rejected(error);
        }

        if (fields.Action is null || !CardActionNames.TryParse(fields.Action, out var kind))
        {
            return PayloadParseResult.Rejected(fields.Action is null ? "missing 'action'" : "unknown action");
        }

        var payload = new CardPayload(kind, fields.Role, fields.Other, fields.Faq, fields.Text, fields.Answer);
        return PayloadRules.Check(payload, roleExists, faqExists) is { } reason
            ? PayloadParseResult.Rejected(reason)
            : PayloadParseResult.Valid(payload);
    }

    internal static bool IsId(string value) => value.Length <= MaxIdLength && IdPattern().IsMatch(value);

    private static string Truncate(string name) => name.Length <= 32 ? name : name[..32] + "…";

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
