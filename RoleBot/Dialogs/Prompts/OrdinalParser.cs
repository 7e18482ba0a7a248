namespace RoleBot.Dialogs.Prompts;

/// <summary>
/// Reads a choice number from a short answer: "2", "#2", "number 2", "the second one", "2nd", "last".
/// Long sentences are not choice answers, so only answers of a few words are read.
/// </summary>
public static class OrdinalParser
{
    private const int MaxWords = 5;

    private static readonly string[] Ordinals =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    private static readonly string[] Cardinals =
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>1-based position, or null. "last" needs the number of choices.</summary>
    public static int? Parse(string? text, int choiceCount)
    {
        var words = TextNormalizer.Words(TextNormalizer.Normalize(text));
        if (words.Length is 0 or > MaxWords)
        {
            return null;
        }

        foreach (var word in words)
        {
            if (ParseWord(word, choiceCount) is { } position)
            {
                return position;
            }
        }

        return words is ["one"] ? 1 : null;
    }

    private static int? ParseWord(string word, int choiceCount)
    {
        if (word == "last")
        {
            return choiceCount > 0 ? choiceCount : null;
        }

        var ordinal = Array.IndexOf(Ordinals, word);
        if (ordinal >= 0)
        {
            return ordinal + 1;
        }

        // "one" is skipped here: in "the second one" it is filler; alone it is handled by the caller.
        var cardinal = Array.IndexOf(Cardinals, word);
        if (cardinal > 0)
        {
            return cardinal + 1;
        }

        var digits = word.TrimEnd('s', 't', 'n', 'd', 'r', 'h');
        return digits.Length is > 0 and <= 2 && digits.All(char.IsDigit) && (digits == word || IsOrdinalSuffix(word[digits.Length..]))
            ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    private static bool IsOrdinalSuffix(string suffix) => suffix is "st" or "nd" or "rd" or "th";
}
