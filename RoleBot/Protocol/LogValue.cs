using System.Globalization;
using System.Text;

namespace RoleBot.Protocol;

/// <summary>
/// Makes a value the sender controls (a claim of a token that failed validation, an activity's channelId) safe to
/// put in a log line: no line breaks or other control and format characters (so it cannot forge a line or hide
/// text), and short (so it cannot flood the log).
/// </summary>
public static class LogValue
{
    public const int DefaultMaxLength = 64;

    // Long enough to tell two serviceUrls apart, short enough that a padded one cannot flood the log.
    public const int MaxUrlLength = 120;

    public static string? Untrusted(string? value, int maxLength = DefaultMaxLength)
    {
        if (value is null)
        {
            return null;
        }

        var kept = new StringBuilder(Math.Min(value.Length, maxLength));
        var consumed = 0;
        // Runes, so a surrogate pair is kept or dropped whole; a lone surrogate arrives as U+FFFD.
        foreach (var rune in value.EnumerateRunes())
        {
            if (IsPrintable(rune))
            {
                if (kept.Length + rune.Utf16SequenceLength > maxLength)
                {
                    break;
                }

                kept.Append(rune.ToString());
            }

            consumed += rune.Utf16SequenceLength;
        }

        return consumed < value.Length ? $"{kept}…(+{value.Length - consumed} chars)" : kept.ToString();
    }

    // Cc: C0/C1 controls (CR, LF, ESC...); Cf: bidi overrides and zero-width marks; Zl/Zp: U+2028/U+2029.
    private static bool IsPrintable(Rune rune) => Rune.GetUnicodeCategory(rune) is not
        (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
}
