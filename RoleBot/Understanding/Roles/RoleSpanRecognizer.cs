using RoleBot.Understanding.Content;
using RoleBot.Understanding.Text;

namespace RoleBot.Understanding.Roles;

/// <summary>
/// Finds role spans left to right, longest n-gram first, so the most specific role wins ("director of operations"
/// before "director"). A department or seniority word around a role widens the span without changing the role
/// ("VP of Sales" is a VP).
/// </summary>
public sealed class RoleSpanRecognizer(RoleIndex index, SynonymsFile synonyms, TextNormalizer normalizer)
{
    private const double EditPenalty = 0.1;
    private const double QualifierScore = 0.95;
    private static readonly string[] QualifierLinks = ["of", "for", "in"];

    private readonly HashSet<string> _qualifiers = Keys(synonyms.Qualifiers, normalizer);
    private readonly HashSet<string> _modifiers = Keys(synonyms.Modifiers, normalizer);
    private readonly int _qualifierWords = Math.Max(1, synonyms.Qualifiers.Select(q => normalizer.Key(q).Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max());

    public IReadOnlyCollection<string> QualifierWords => [.. _qualifiers.SelectMany(q => q.Split(' ')).Concat(_modifiers)];

    public List<RoleMatch> Recognize(IReadOnlyList<Token> tokens)
    {
        var matches = new List<RoleMatch>();
        var i = 0;
        while (i < tokens.Count)
        {
            var match = LongestAt(tokens, i);
            if (match is null)
            {
                i++;
                continue;
            }

            match = Widen(tokens, match, matches.Count > 0 ? matches[^1].End : 0);
            matches.Add(match);
            i = match.End;
        }

        return matches;
    }

    private RoleMatch? LongestAt(IReadOnlyList<Token> tokens, int start)
    {
        for (var n = Math.Min(index.MaxWords, tokens.Count - start); n >= 1; n--)
        {
            var span = tokens.Skip(start).Take(n).ToList();
            var roles = index.Find(string.Join(' ', span.Select(t => t.Key)));
            var edits = span.Sum(t => t.Edits);
            if (roles is null && n >= 2)
            {
                (roles, var weakEdits) = WithWeakCorrections(span);
                edits += weakEdits;
            }

            if (roles is not null)
            {
                return new RoleMatch(start, n, roles, Math.Max(0.5, 1 - (EditPenalty * edits)));
            }
        }

        return null;
    }

    // A short word may be repaired only when the rest of the phrase is spelled right ("vise president").
    private (IReadOnlyList<string>?, int) WithWeakCorrections(List<Token> span)
    {
        var weak = span.Count(t => t.Weak is not null);
        if (weak == 0 || weak == span.Count || weak > 2)
        {
            return (null, 0);
        }

        IEnumerable<List<string>> combinations = [[]];
        foreach (var token in span)
        {
            var options = token.Weak ?? [token.Key];
            combinations = combinations.SelectMany(prefix => options.Select(o => new List<string>(prefix) { o }));
        }

        foreach (var combination in combinations)
        {
            var roles = index.Find(string.Join(' ', combination));
            if (roles is not null)
            {
                return (roles, weak);
            }
        }

        return (null, 0);
    }

    private RoleMatch Widen(IReadOnlyList<Token> tokens, RoleMatch match, int floor)
    {
        var first = match.First;
        var end = match.End;
        while (first > floor && (_modifiers.Contains(tokens[first - 1].Key) || _qualifiers.Contains(tokens[first - 1].Key)))
        {
            first--;
        }

        if (end < tokens.Count && QualifierLinks.Contains(tokens[end].Key))
        {
            var at = end + 1;
            if (at < tokens.Count && tokens[at].Key == "the")
            {
                at++;
            }

            for (var n = Math.Min(_qualifierWords, tokens.Count - at); n >= 1; n--)
            {
                if (_qualifiers.Contains(string.Join(' ', tokens.Skip(at).Take(n).Select(t => t.Key))))
                {
                    end = at + n;
                    break;
                }
            }
        }

        return first == match.First && end == match.End
            ? match
            : match with { First = first, Count = end - first, Score = Math.Min(match.Score, QualifierScore) };
    }

    private static HashSet<string> Keys(IEnumerable<string> phrases, TextNormalizer normalizer) =>
        new(phrases.Select(normalizer.Key).Where(k => k.Length > 0), StringComparer.Ordinal);
}
