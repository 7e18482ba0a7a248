namespace RoleBot.Cards.Actions;

/// <summary>Which fields each action needs and allows. Returns the reason a payload breaks them, or null.</summary>
internal static class PayloadRules
{
    public static string? Check(CardPayload p, Func<string, bool>? roleExists, Func<string, bool>? faqExists)
    {
        var (needsRole, allowsOther, needsOther, needsFaq, needsText) = p.Action switch
        {
            CardActionKind.Ask => (false, false, false, false, true),
            CardActionKind.Describe or CardActionKind.Career or CardActionKind.Choose => (true, false, false, false, false),
            CardActionKind.Compare => (true, true, false, false, false),
            CardActionKind.Rank => (true, true, true, false, false),
            CardActionKind.Faq => (false, false, false, true, false),
            _ => (false, false, false, false, false),
        };

        return Presence("role", p.Role, needsRole, needsRole)
            ?? Presence("other", p.Other, needsOther, allowsOther)
            ?? Presence("faq", p.Faq, needsFaq, needsFaq)
            ?? Presence("text", p.Text, needsText, needsText)
            ?? Ids(p, roleExists, faqExists)
            ?? TextRule(p.Text);
    }

    private static string? Presence(string name, string? value, bool required, bool allowed) => (value, required, allowed) switch
    {
        (null, true, _) => $"missing '{name}'",
        (not null, _, false) => $"'{name}' is not allowed for this action",
        _ => null,
    };

    private static string? Ids(CardPayload p, Func<string, bool>? roleExists, Func<string, bool>? faqExists)
    {
        foreach (var (name, id) in new[] { ("role", p.Role), ("other", p.Other), ("faq", p.Faq) })
        {
            if (id is not null && !CardPayloadParser.IsId(id))
            {
                return $"'{name}' is not a valid id";
            }
        }

        if (p.Role is not null && p.Role == p.Other)
        {
            return "'role' and 'other' must differ";
        }

        if (roleExists is not null && (p.Role is { } r && !roleExists(r) || p.Other is { } o && !roleExists(o)))
        {
            return "unknown role";
        }

        return faqExists is not null && p.Faq is { } f && !faqExists(f) ? "unknown faq" : null;
    }

    private static string? TextRule(string? text) => text switch
    {
        null => null,
        { Length: 0 } or { Length: > CardPayloadParser.MaxTextLength } => $"'text' must be 1-{CardPayloadParser.MaxTextLength} characters",
        _ when text.Any(char.IsControl) => "'text' contains control characters",
        _ => null,
    };
}
