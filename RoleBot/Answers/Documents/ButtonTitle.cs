using System.Text.RegularExpressions;
using RoleBot.Answers.Templates;

namespace RoleBot.Answers.Documents;

// Button titles that fit DocumentLimits.ButtonChars without being cut, whenever some wording allows it.
internal static partial class ButtonTitle
{
    // Tries each set of values (most precise first) with the template, then with its ".short" form.
    // Rendered one at a time: the first wording nearly always fits. When none does, the last distinct one is clipped.
    public static string Fit(AnswerTemplates t, string key, IEnumerable<(string Name, string Value)[]> valueSets)
    {
        var shortKey = key + ".short";
        var hasShort = t.Has(shortKey);
        List<string>? tooLong = null;
        foreach (var values in valueSets)
        {
            if ((Fits(t.Render(key, values), ref tooLong) ?? (hasShort ? Fits(t.Render(shortKey, values), ref tooLong) : null)) is { } fitting)
            {
                return fitting;
            }
        }

        return DocumentLimits.Clip(tooLong![^1], DocumentLimits.ButtonChars);
    }

    private static string? Fits(string candidate, ref List<string>? tooLong)
    {
        if (candidate.Length <= DocumentLimits.ButtonChars)
        {
            return candidate;
        }

        tooLong ??= [];
        if (!tooLong.Contains(candidate))
        {
            tooLong.Add(candidate);
        }

        return null;
    }

    // Most precise first; the last resort is an abbreviation even when it is ambiguous ("CDO"): the card around
    // the button names the role in full, and the payload carries its id.
    public static IEnumerable<(string Name, string Value)[]> ForRole(RoleRef role) =>
        Names(role).Distinct().Select(name => new[] { ("name", name), ("aName", Documents.Names.WithArticle(name)) });

    public static IEnumerable<(string Name, string Value)[]> ForPair(RoleRef first, RoleRef second) =>
        Names(first).Zip(Names(second)).Distinct().Select(p => Documents.Names.Pair(p.First, p.Second));

    // Choices between similar roles must stay distinct, so the qualifier is shortened rather than dropped:
    // "Managing Director (banking and consulting)" -> "Managing Director (banking and…)".
    public static IEnumerable<(string Name, string Value)[]> ForChoice(RoleRef role) =>
        new[] { role.DisplayName, role.ShortName, Qualified(role.ShortName) }.Distinct()
            .Select(name => new[] { ("name", name), ("aName", Documents.Names.WithArticle(name)) });

    private static string Qualified(string name)
    {
        var match = QualifierParts().Match(name);
        var room = DocumentLimits.ButtonChars - match.Groups[1].Length - 3;
        return name.Length <= DocumentLimits.ButtonChars || !match.Success || room < 4
            ? name
            : $"{match.Groups[1].Value} ({DocumentLimits.Clip(match.Groups[2].Value, room)})";
    }

    private static string[] Names(RoleRef role) => [role.ShortName, Bare(role.ShortName), role.Abbreviation ?? Bare(role.ShortName)];

    // "Managing Director (banking and consulting)" -> "Managing Director".
    public static string Bare(string name) => Qualifier().Replace(name, "").Trim() is { Length: > 0 } bare ? bare : name;

    [GeneratedRegex(@"\s*\([^)]*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"^(.+?)\s*\(([^)]*)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex QualifierParts();
}
