using System.Text.RegularExpressions;

namespace RoleBot.Understanding.Text;

/// <summary>
/// Splits cleaned text into lower-case words: dotted abbreviations join (V.P. → vp), possessives drop
/// (manager's → manager), and contractions stay whole so the synonym table can expand them (what's → what is).
/// </summary>
public static partial class Tokenizer
{
    public const int MaxTokens = 80;

    public static List<Token> Tokenize(string text, ISet<string> contractions)
    {
        var tokens = new List<Token>();
        foreach (var match in Word().EnumerateMatches(text))
        {
            if (tokens.Count == MaxTokens)
            {
                break;
            }

            var key = Normalise(Lower(text.AsSpan(match.Index, match.Length)), contractions);
            if (key.Length > 0)
            {
                var previousEnd = tokens.Count > 0 ? tokens[^1].End : 0;
                var gap = text.AsSpan(previousEnd, match.Index - previousEnd);
                tokens.Add(new Token(key, match.Index, match.Length, BreakBefore: IsBreak(gap)));
            }
        }

        return tokens;
    }

    private static string Lower(ReadOnlySpan<char> word) =>
        string.Create(word.Length, word, static (lower, source) => source.ToLowerInvariant(lower));

    // Punctuation between clauses; a dash counts when it stands apart ("Director - same level?"), not inside
    // a word ("vice-president").
    private static bool IsBreak(ReadOnlySpan<char> gap) =>
        gap.IndexOfAny(",:;?!()/\"—–") >= 0 || gap.IndexOf(" - ") >= 0;

    private static string Normalise(string word, ISet<string> contractions)
    {
        word = word.Replace('’', '\'').Replace('‘', '\'');
        if (word.Contains('.'))
        {
            return word.Replace(".", "", StringComparison.Ordinal);
        }

        if (!word.Contains('\'') || contractions.Contains(word))
        {
            return word;
        }

        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.Replace("'", "", StringComparison.Ordinal);
    }

    // Dotted abbreviation (v.p., c.o.o) | number with ordinal suffix | word with inner apostrophes | trailing-apostrophe plural (managers').
    [GeneratedRegex(@"(?:\p{L}\.)+\p{L}(?![\p{L}\p{N}])\.?|\p{N}+(?:st|nd|rd|th)?|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*", RegexOptions.None, 200)]
    private static partial Regex Word();
}
