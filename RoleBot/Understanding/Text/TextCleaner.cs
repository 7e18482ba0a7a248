using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace RoleBot.Understanding.Text;

/// <summary>
/// Turns whatever a channel delivered into short plain text: no markup, entities, control or bidi characters.
/// The result is safe to echo back; it never throws, whatever the input.
/// </summary>
/// <remarks>
/// Invisible format characters (Unicode category Cf: zero-width space and joiners, soft hyphen, word joiner, BOM,
/// bidi marks, embeddings, overrides and isolates) are removed, not turned into spaces: they sit inside words,
/// so "G\u200BM" is the role "GM", not "G M", and no bidi override survives into text shown back to the user.
/// </remarks>
public static partial class TextCleaner
{
    public static string Clean(string? raw, int maxLength)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return "";
        }

        maxLength = Math.Max(16, maxLength);

        // Bound the work before any regex runs; nobody asks about roles in more than a few sentences.
        var text = raw.Length > maxLength * 8 ? raw[..(maxLength * 8)] : raw;
        text = WithoutFormatCharacters(text);

        // Full-width forms and Cyrillic or Greek look-alikes read as plain Latin letters ("ＧＭ" is "GM"), before
        // markup is looked for, so "＜script＞" is a tag too.
        text = Confusables.ToLatin(text);
        var markup = Tag().IsMatch(text);
        text = StripMarkup(ComparisonSigns(text, markup));
        text = WithoutFormatCharacters(WebUtility.HtmlDecode(text)); // "G&#x200B;M" too
        markup |= Tag().IsMatch(text);
        text = StripMarkup(ComparisonSigns(text, markup)); // entities may have hidden tags (&lt;script&gt;)
        text = MarkdownLink().Replace(text, "$1");
        text = Filter(text);
        text = Whitespace().Replace(text, " ").Trim();
        return text.Length <= maxLength ? text : Truncate(text, maxLength);
    }

    // "is COO > GM?" and "gm>vp" are questions, not markup: a sign that does not close or open a tag becomes its
    // word before tags are removed.
    // Text with markup in it keeps the stricter rule, so a tag cut in half by truncation is not read as a sign.
    private static string ComparisonSigns(string text, bool markup) =>
        (markup ? FreeSign() : Sign()).Replace(text, m => m.Value == ">" ? " above " : " below ");

    private static string StripMarkup(string text)
    {
        text = AtMention().Replace(text, " ");
        text = ScriptOrStyle().Replace(text, " ");
        return Tag().Replace(text, " ");
    }

    private static string WithoutFormatCharacters(string text)
    {
        if (!text.EnumerateRunes().Any(r => Rune.GetUnicodeCategory(r) == UnicodeCategory.Format))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.Format)
            {
                builder.Append(utf16[..rune.EncodeToUtf16(utf16)]);
            }
        }

        return builder.ToString();
    }

    private static string Filter(string text)
    {
        // Most messages hold nothing to filter: keep the string rather than copy it rune by rune. A lone surrogate
        // reads as the replacement character, which the copy writes in its place.
        if (!text.EnumerateRunes().Any(r => Unwanted(r) || r == Rune.ReplacementChar))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (Unwanted(rune))
            {
                builder.Append(' ');
                continue;
            }

            builder.Append(utf16[..rune.EncodeToUtf16(utf16)]);
        }

        return builder.ToString();
    }

    private static bool Unwanted(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
        || rune.Value is '<' or '>' or '*' or '_' or '`' or '~' or '#' or '|' or '[' or ']' or '{' or '}' or '\\' or '^';

    private static string Truncate(string text, int maxLength)
    {
        var cut = text.LastIndexOf(' ', maxLength);
        var end = cut > maxLength / 2 ? cut : maxLength;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end].TrimEnd();
    }

    [GeneratedRegex(@"<at\b[^>]*>.*?</at\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 200)]
    private static partial Regex AtMention();

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?(</\1\s*>|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline, 200)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"(?<=\s)[<>](?=\s)", RegexOptions.None, 200)]
    private static partial Regex FreeSign();

    [GeneratedRegex(@"[<>]", RegexOptions.None, 200)]
    private static partial Regex Sign();

    [GeneratedRegex(@"<[^<>]*>", RegexOptions.None, 200)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\[([^\[\]]*)\]\([^()\s]*\)", RegexOptions.None, 200)]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\s+", RegexOptions.None, 200)]
    private static partial Regex Whitespace();
}
