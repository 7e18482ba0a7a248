namespace RoleBot.Understanding.Text;

/// <summary>
/// Applies the synonym table in one left-to-right, longest-first pass ("senior to" → "above", "mgr" → "manager").
/// Replacement tokens keep the span of the words they replace, so mentions still point at the user's text.
/// </summary>
public sealed class PhraseRewriter
{
    private readonly Dictionary<string, string[]> _replacements = new(StringComparer.Ordinal);

    // First words of the phrases longer than one word: any other word needs no n-gram joined to be looked up.
    private readonly HashSet<string> _starts = new(StringComparer.Ordinal);
    private readonly int _maxLength;

    public PhraseRewriter(IReadOnlyDictionary<string, string> replacements, ISet<string> contractions)
    {
        foreach (var (from, to) in replacements)
        {
            var key = Key(from, contractions);
            if (key.Length == 0)
            {
                continue;
            }

            _replacements[key] = [.. Tokenizer.Tokenize(to, contractions).Select(t => t.Key)];
            _maxLength = Math.Max(_maxLength, key.Count(c => c == ' ') + 1);
            if (key.IndexOf(' ') is var space and > 0)
            {
                _starts.Add(key[..space]);
            }
        }
    }

    public static string Key(string phrase, ISet<string> contractions) =>
        string.Join(' ', Tokenizer.Tokenize(phrase, contractions).Select(t => t.Key));

    public List<Token> Rewrite(IReadOnlyList<Token> tokens)
    {
        var result = new List<Token>(tokens.Count + 4);
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = 0;
            for (var n = Longest(tokens[i].Key, tokens.Count - i); n >= 1 && matched == 0; n--)
            {
                var key = n == 1 ? tokens[i].Key : string.Join(' ', tokens.Skip(i).Take(n).Select(t => t.Key));
                if (_replacements.TryGetValue(key, out var replacement))
                {
                    var first = tokens[i];
                    var last = tokens[i + n - 1];
                    var edits = tokens.Skip(i).Take(n).Sum(t => t.Edits);
                    result.AddRange(replacement.Select(r => new Token(r, first.Start, last.End - first.Start, edits)));
                    matched = n;
                }
            }

            if (matched == 0)
            {
                result.Add(tokens[i]);
                matched = 1;
            }

            i += matched;
        }

        return result;
    }

    /// <summary>The same rewrite over bare words (a template), without tokens.</summary>
    public List<string> Rewrite(IReadOnlyList<string> words)
    {
        var result = new List<string>(words.Count + 4);
        var i = 0;
        while (i < words.Count)
        {
            var matched = 0;
            for (var n = Longest(words[i], words.Count - i); n >= 1 && matched == 0; n--)
            {
                var key = n == 1 ? words[i] : string.Join(' ', words.Skip(i).Take(n));
                if (_replacements.TryGetValue(key, out var replacement))
                {
                    result.AddRange(replacement);
                    matched = n;
                }
            }

            if (matched == 0)
            {
                result.Add(words[i]);
                matched = 1;
            }

            i += matched;
        }

        return result;
    }

    private int Longest(string word, int left) =>
        _starts.Contains(word.IndexOf(' ') is var space and >= 0 ? word[..space] : word) ? Math.Min(_maxLength, left) : Math.Min(1, left);
}
