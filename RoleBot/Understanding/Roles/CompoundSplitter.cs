using RoleBot.Understanding.Text;

namespace RoleBot.Understanding.Roles;

/// <summary>
/// Splits a word typed without its space ("projectmanager", "teamleads") into the two words of a role, when
/// both halves are known and together they name one. A word costs one lookup per split point, whatever the
/// size of the knowledge base.
/// </summary>
public sealed class CompoundSplitter(RoleIndex index, TextNormalizer normalizer, Func<string, bool> isKnown)
{
    private const int MinLength = 6;
    private const int MinPart = 2;

    public List<Token> Split(IReadOnlyList<Token> tokens)
    {
        var result = new List<Token>(tokens.Count + 2);
        foreach (var token in tokens)
        {
            var split = token.Key.Length >= MinLength && token.Key.All(char.IsAsciiLetterLower) && !isKnown(token.Key) ? SplitPoint(token.Key) : 0;
            if (split == 0)
            {
                result.Add(token);
                continue;
            }

            result.Add(new Token(token.Key[..split], token.Start, split, BreakBefore: token.BreakBefore));
            result.Add(new Token(token.Key[split..], token.Start + split, token.Length - split));
        }

        return result;
    }

    private int SplitPoint(string word)
    {
        for (var at = MinPart; at <= word.Length - MinPart; at++)
        {
            var (left, right) = (word[..at], word[at..]);
            if (!isKnown(left) || !(isKnown(right) || (right.EndsWith('s') && isKnown(right[..^1]))))
            {
                continue;
            }

            if (index.Find(normalizer.Key(left + " " + right)) is not null
                || (right.EndsWith('s') && index.Find(normalizer.Key(left + " " + right[..^1])) is not null))
            {
                return at;
            }
        }

        return 0;
    }
}
