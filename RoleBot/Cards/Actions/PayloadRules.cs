namespace RoleBot.Cards.Actions;

/// <summary>Which fields each action needs and allows. Returns the reason a payload breaks them, or null.</summary>
internal static class PayloadRules
{
    private enum Need
    {
        No,
        Optional,
        Required,
    }

    public static string? Check(CardPayload p, Func<string, bool>? roleExists, Func<string, bool>? faqExists)
    {
        var (role, other, faq, text, answer) = p.Action switch
        {
            CardActionKind.Ask => (Need.No, Need.No, Need.No, Need.Required, Need.No),
            CardActionKind.Describe or CardActionKind.Career or CardActionKind.Choose => (Need.Required, Need.No, Need.No, Need.No, Need.No),
            CardActionKind.Compare => (Need.Required, Need.Optional, Need.No, Need.No, Need.No),
            CardActionKind.Rank => (Need.Required, Need.Required, Need.No, Need.No, Need.No),
            CardActionKind.Faq => (Need.No, Need.No, Need.Required, Need.No, Need.No),
            // A vote names the answer's kind and whichever ids that answer was about (none for some kinds).
            CardActionKind.Helpful or CardActionKind.Unhelpful => (Need.Optional, Need.Optional, Need.Optional, Need.No, Need.Required),
            _ => (Need.No, Need.No, Need.No, Need.No, Need.No),
        };

        return Presence("role", p.Role, role)
            ?? Presence("other", p.Other, other)
            ?? Presence("faq", p.Faq, faq)
            ?? Presence("text", p.Text, text)
            ?? Presence("answer", p.Answer, answer)
            ?? (p.Other is not null && p.Role is null ? "missing 'role'" : null)
            ?? Ids(p, roleExists, faqExists)
            ?? TextRule(p.Text);
    }

    private static string? Presence(string name, string? value, Need need) => (value, need) switch
    {
        (null, Need.Required) => $"missing '{name}'",
        (not null, Need.No) => $"'{name}' is not allowed for this action",
        _ => null,
    };

    private static string? Ids(CardPayload p, Func<string, bool>? roleExists, Func<string, bool>? faqExists)
    {
        foreach (var (name, id) in new[] { ("role", p.Role), ("other", p.Other), ("faq", p.Faq), ("answer", p.Answer) })
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
