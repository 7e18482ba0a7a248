using RoleBot.Understanding.Content;
using RoleBot.Understanding.Text;

namespace RoleBot.Understanding.Roles;

/// <summary>
/// Repairs words the vocabulary does not know: plurals first (VPs → vp), then typos within the edit budget for
/// the word's length (genral → general). Short unknown words keep one-edit role-word guesses as Weak
/// alternatives, which only a multi-word role may use (vise president).
/// </summary>
public sealed class TokenCorrector
{
    private readonly HashSet<string> _known;
    private readonly HashSet<string> _roleWords;
    private readonly HashSet<string> _realWords;
    private readonly DeletionIndex _index = new();
    private readonly FuzzySettings _settings;

    public TokenCorrector(IEnumerable<string> roleWords, IEnumerable<string> otherWords, FuzzySettings settings, IEnumerable<string>? realWords = null)
    {
        // Real words are left as typed but are no repair targets: "expect" stays "expect", "expct" is not made "expect".
        _realWords = new HashSet<string>(realWords ?? [], StringComparer.Ordinal);
        _settings = settings;
        _roleWords = new HashSet<string>(roleWords, StringComparer.Ordinal);
        _known = new HashSet<string>(_roleWords, StringComparer.Ordinal);
        _known.UnionWith(otherWords);
        foreach (var word in _known)
        {
            if (word.Length >= settings.WeakMinLength - 1 && !word.Any(char.IsDigit))
            {
                _index.Add(word, word.Length >= settings.LongLength - settings.MaxEditsLong ? settings.MaxEditsLong : 1);
            }
        }
    }

    public bool IsKnown(string word) => _known.Contains(word) || _realWords.Contains(word);

    public bool IsRoleWord(string word) => _roleWords.Contains(word);

    public List<Token> Correct(IReadOnlyList<Token> tokens)
    {
        var result = new List<Token>(tokens.Count);
        foreach (var token in tokens)
        {
            result.Add(Correct(token));
        }

        return result;
    }

    private Token Correct(Token token)
    {
        var word = token.Key;
        if (word.Any(char.IsDigit) || !word.All(char.IsAsciiLetterLower))
        {
            return token;
        }

        if (_realWords.Contains(word) && !_known.Contains(word))
        {
            return token;
        }

        if (!_known.Contains(word) && Collapsed(word) is { } collapsed)
        {
            return token with { Key = collapsed, Singular = Singular(collapsed) };
        }

        var singular = Singular(word);
        if (_known.Contains(word))
        {
            return singular is null ? token : token with { Singular = singular };
        }

        if (singular is not null)
        {
            return token with { Key = singular };
        }

        if (word.Length >= _settings.MinLength)
        {
            var maxEdits = word.Length >= _settings.LongLength ? _settings.MaxEditsLong : _settings.MaxEditsShort;
            var best = _index.Lookup(word, maxEdits)
                .OrderBy(c => c.Distance)
                .ThenBy(c => _roleWords.Contains(c.Word) ? 0 : 1)
                .ThenBy(c => c.Word[0] == word[0] ? 0 : 1)
                .FirstOrDefault();
            return best.Word is null ? token : token with { Key = best.Word, Edits = best.Distance, Singular = Singular(best.Word) };
        }

        if (word.Length >= _settings.WeakMinLength)
        {
            var weak = _index.Lookup(word, 1).Where(c => _roleWords.Contains(c.Word)).Select(c => c.Word).Take(3).ToList();
            return weak.Count == 0 ? token : token with { Weak = weak };
        }

        return token;
    }

    // Stretched words ("whyyy", "sooo") are the word with its repeated letters typed once or twice.
    private string? Collapsed(string word)
    {
        var hasRun = false;
        for (var i = 2; i < word.Length && !hasRun; i++)
        {
            hasRun = word[i] == word[i - 1] && word[i] == word[i - 2];
        }

        if (!hasRun)
        {
            return null;
        }

        var once = new System.Text.StringBuilder();
        var twice = new System.Text.StringBuilder();
        for (var i = 0; i < word.Length; i++)
        {
            if (i == 0 || word[i] != word[i - 1])
            {
                once.Append(word[i]);
            }

            if (i < 2 || word[i] != word[i - 1] || word[i] != word[i - 2])
            {
                twice.Append(word[i]);
            }
        }

        return new[] { twice.ToString(), once.ToString() }.FirstOrDefault(_known.Contains);
    }

    private string? Singular(string word)
    {
        if (word.Length < 3 || word[^1] != 's')
        {
            return null;
        }

        // Looked up by span: most words ending in s ("is", "does") have no singular, and a substring each was garbage.
        var known = _known.GetAlternateLookup<ReadOnlySpan<char>>();
        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            var y = word[..^3] + "y";
            return _known.Contains(y) ? y : Known(known, word.AsSpan(0, word.Length - 1));
        }

        return word.EndsWith("es", StringComparison.Ordinal)
            ? Known(known, word.AsSpan(0, word.Length - 1)) ?? Known(known, word.AsSpan(0, word.Length - 2))
            : Known(known, word.AsSpan(0, word.Length - 1));
    }

    private static string? Known(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> known, ReadOnlySpan<char> word) =>
        known.TryGetValue(word, out var stored) ? stored : null;
}
