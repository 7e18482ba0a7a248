namespace RoleBot.Understanding.Intents;

/// <summary>
/// Tells a real word the bot has never seen ("spider", "calories") from keyboard mash ("asdkjh", "qwerty"): every
/// pair of neighbouring letters must occur in some word of the vocabulary it learned from (the content and the
/// knowledge base's own prose), and no letter may repeat three times.
/// </summary>
public sealed class WordShape
{
    private readonly Func<string, bool> _isKnown;
    private readonly HashSet<(char, char)> _pairs = [];

    public WordShape(Func<string, bool> isKnown, IEnumerable<string> prose)
    {
        _isKnown = isKnown;
        foreach (var word in prose.SelectMany(Words))
        {
            var previous = '^';
            foreach (var c in word)
            {
                _pairs.Add((previous, c));
                previous = c;
            }

            _pairs.Add((previous, '$'));
        }
    }

    public bool IsPlausible(string word)
    {
        // Too short to tell mash from a real word or acronym ("ii", "uk", "gdp").
        if (word.Length <= 3 || _isKnown(word))
        {
            return true;
        }

        var previous = '^';
        for (var i = 0; i < word.Length; i++)
        {
            if (!_pairs.Contains((previous, word[i])) || (i >= 2 && word[i] == word[i - 1] && word[i] == word[i - 2]))
            {
                return false;
            }

            previous = word[i];
        }

        return _pairs.Contains((previous, '$'));
    }

    private static IEnumerable<string> Words(string text) =>
        text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsAsciiLetterLower)]))
            .Where(w => w.Length > 1);
}
