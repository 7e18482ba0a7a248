namespace RoleBot.Understanding.Roles;

/// <summary>
/// Whether words the knowledge base does not know may be named back as an unknown role ("I don't know the role
/// 'wizard'"): shaped like a job title, a few plain words. Instructions and noise ("the word PWNED", "IGNORE
/// PREVIOUS", "asdfghjkl") never are, so the bot never repeats them as if they were a role.
/// </summary>
public static class TitleShape
{
    public const int MaxWords = 3;

    // Abbreviated titles are short ("CXO", "CISO"); a longer word in capitals is shouting, not a title.
    private const int MaxAbbreviationLetters = 4;

    // "sdfghjkl": no word of a title runs this many consonants together.
    private const int MaxConsonantRun = 4;

    public static bool IsTitle(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxWords && words.All(IsTitleWord);
    }

    private static bool IsTitleWord(string word)
    {
        var letters = word.Where(char.IsLetter).ToList();
        if (letters.Count == 0 || word.Any(c => !char.IsLetter(c) && c is not '\'' and not '’' and not '-'))
        {
            return false;
        }

        if (letters.All(char.IsUpper) && letters.Count > 1)
        {
            return letters.Count <= MaxAbbreviationLetters;
        }

        var run = 0;
        var vowels = 0;
        foreach (var c in word.ToLowerInvariant())
        {
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            vowels += vowel ? 1 : 0;
            run = vowel || !char.IsLetter(c) ? 0 : run + 1;
            if (run > MaxConsonantRun)
            {
                return false;
            }
        }

        return vowels > 0;
    }
}
