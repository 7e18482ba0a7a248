using RoleBot.Understanding.Content;

namespace RoleBot.Understanding.Intents;

/// <summary>
/// Reads a reply to a choice prompt: "the second one", "2", "#3", "option 1", "last". Only a whole reply counts,
/// so "top 3 roles" is not a choice. Last is -1 because only the prompt knows how many options it showed.
/// </summary>
public sealed class OrdinalParser(SynonymsFile synonyms)
{
    public const int Last = -1;
    private const int MaxChoice = 50;

    private readonly Dictionary<string, int> _words = new(synonyms.Ordinals, StringComparer.Ordinal);
    private readonly HashSet<string> _fillers = new(synonyms.ChoiceFillers, StringComparer.Ordinal);

    public int? Parse(IReadOnlyList<string> keys)
    {
        int? found = null;
        foreach (var key in keys)
        {
            if (_fillers.Contains(key))
            {
                continue;
            }

            var value = Value(key);
            if (value is null || found is not null)
            {
                return null;
            }

            found = value;
        }

        // "one" is a filler in "the second one" but the choice itself in "option one".
        return found ?? (keys.Contains("one") ? 1 : null);
    }

    private int? Value(string key)
    {
        if (_words.TryGetValue(key, out var word))
        {
            return word;
        }

        var digits = key.TrimEnd('s', 't', 'n', 'd', 'r', 'h');
        return digits.Length > 0 && digits.Length <= 2 && digits.All(char.IsAsciiDigit) && int.Parse(digits) is var n and >= 1 and <= MaxChoice
            ? n
            : null;
    }
}
