using System.Text.RegularExpressions;

namespace RoleBot.Insights;

/// <summary>
/// Takes personal data out of a question before it is stored: e-mail addresses, URLs, phone numbers, @mentions
/// and the sender's own display name are replaced by a placeholder naming what was there.
/// </summary>
public static partial class GapScrubber
{
    public const int MaxLength = 500;

    public static string Clean(string text, string? senderName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = text.Length > MaxLength ? text[..MaxLength] : text;
        cleaned = Email().Replace(cleaned, "[email]");
        cleaned = Url().Replace(cleaned, "[url]");
        cleaned = Mention().Replace(cleaned, "[mention]");
        cleaned = Phone().Replace(cleaned, "[phone]");
        foreach (var name in NameParts(senderName))
        {
            cleaned = Regex.Replace(cleaned, $@"(?<!\w){Regex.Escape(name)}(?!\w)", "[name]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return Whitespace().Replace(cleaned, " ").Trim();
    }

    // The whole name and each part of it ("Alice Smith" → "Alice Smith", "Alice", "Smith"), longest first.
    private static IEnumerable<string> NameParts(string? senderName) =>
        string.IsNullOrWhiteSpace(senderName)
            ? []
            : new[] { senderName.Trim() }.Concat(senderName.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
                .Where(p => p.Length >= 2).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(p => p.Length);

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Url();

    // Teams' <at>Name</at> markup, Slack's <@U123> and a typed @name.
    [GeneratedRegex(@"<at>.*?</at>|<@[^>]*>|(?<![\w.])@[\w.-]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Mention();

    // Seven or more digits, allowing a leading + and spaces, dots, dashes or brackets between groups.
    [GeneratedRegex(@"\+?\(?\d[\d\s().-]{5,}\d", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Whitespace();
}
