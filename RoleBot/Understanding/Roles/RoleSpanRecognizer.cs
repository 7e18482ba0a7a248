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
    private readonly TitleQualifier _titles = new(Keys(synonyms.Qualifiers, normalizer), Keys(synonyms.SlotFollowers.Concat(synonyms.StopWords), normalizer));
    private readonly int _qualifierWords = Math.Max(1, synonyms.Qualifiers.Select(q => normalizer.Key(q).Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max());

    public IReadOnlyCollection<string> QualifierWords => [.. _qualifiers.SelectMany(q => q.Split(' ')).Concat(_modifiers)];

    public List<RoleSpan> Recognize(IReadOnlyList<Token> tokens, string cleaned)
    {
        var matches = new List<RoleSpan>();
        var i = 0;
        while (i < tokens.Count)
        {
            var match = LongestAt(tokens, i, cleaned);
            if (match is null || ModifiesNext(tokens, match, cleaned))
            {
                i++;
                continue;
            }

            var widened = Widen(tokens, match, matches.Count > 0 ? matches[^1].End : 0, cleaned);
            matches.Add(widened with { Qualifier = _titles.Qualifier(tokens, match, widened, cleaned, at => LongestAt(tokens, at, cleaned) is not null) });
            match = widened;
            i = match.End;
        }

        return matches;
    }

    // "Associate" is a role, but in "Associate Director" it only qualifies the director, who then widens over it.
    private bool ModifiesNext(IReadOnlyList<Token> tokens, RoleSpan match, string cleaned) =>
        match.Count == 1 && _modifiers.Contains(tokens[match.First].Key) && match.End < tokens.Count
        && !tokens[match.End].BreakBefore && LongestAt(tokens, match.End, cleaned) is not null;

    private RoleSpan? LongestAt(IReadOnlyList<Token> tokens, int start, string cleaned)
    {
        // Every n-gram tried below, variants included, starts with the word, its singular or a weak repair of it.
        var head = tokens[start];
        if (!index.StartsAny(head.Key) && (head.Singular is null || !index.StartsAny(head.Singular)) && (head.Weak is null || !head.Weak.Any(index.StartsAny)))
        {
            return null;
        }

        for (var n = Math.Min(index.MaxWords, tokens.Count - start); n >= 1; n--)
        {
            if (BreakInside(tokens, start, n))
            {
                continue;
            }

            var key = NGram.Join(tokens, start, n);
            var roles = index.RequiresCapitals(key) && !WrittenInCapitals(tokens, start, n, cleaned) ? null : index.Find(key);
            var edits = 0;
            for (var i = start; i < start + n; i++)
            {
                edits += tokens[i].Edits;
            }

            if (roles is null && HasVariants(tokens, start, n))
            {
                (roles, var variantEdits) = WithVariants([.. tokens.Skip(start).Take(n)]);
                edits += variantEdits;
            }

            if (roles is not null)
            {
                return new RoleSpan(start, n, roles, Math.Max(0.5, 1 - (EditPenalty * edits)));
            }
        }

        return null;
    }

    private static bool BreakInside(IReadOnlyList<Token> tokens, int start, int n)
    {
        for (var i = start + 1; i < start + n; i++)
        {
            if (tokens[i].BreakBefore)
            {
                return true;
            }
        }

        return false;
    }

    // WithVariants finds nothing unless some word has a singular or weak repairs.
    private static bool HasVariants(IReadOnlyList<Token> tokens, int start, int n)
    {
        for (var i = start; i < start + n; i++)
        {
            if (tokens[i].Singular is not null || tokens[i].Weak is not null)
            {
                return true;
            }
        }

        return false;
    }

    // Plurals of known words ("directors") try their singular; a short word may be repaired only when the rest
    // of the phrase is spelled right ("vise president").
    private (IReadOnlyList<string>?, int) WithVariants(List<Token> span)
    {
        var weak = span.Count(t => t.Weak is not null);
        var useWeak = span.Count >= 2 && weak > 0 && weak < span.Count && weak <= 2;
        if (!useWeak && !span.Any(t => t.Singular is not null))
        {
            return (null, 0);
        }

        IEnumerable<List<string>> combinations = [[]];
        foreach (var token in span)
        {
            List<string> options = [token.Key];
            if (token.Singular is not null)
            {
                options.Add(token.Singular);
            }

            if (useWeak && token.Weak is not null)
            {
                options = [.. token.Weak];
            }

            combinations = combinations.SelectMany(prefix => options.Select(o => new List<string>(prefix) { o }));
        }

        foreach (var combination in combinations)
        {
            var roles = index.Find(string.Join(' ', combination));
            if (roles is not null)
            {
                return (roles, useWeak ? weak : 0);
            }
        }

        return (null, 0);
    }

    // "AM" is a role, "am" is a verb: abbreviations that are also everyday words count only in capitals.
    private static bool WrittenInCapitals(IReadOnlyList<Token> tokens, int start, int n, string cleaned)
    {
        var text = cleaned[tokens[start].Start..tokens[start + n - 1].End];
        return text.Any(char.IsLetter) && text.Where(char.IsLetter).All(char.IsUpper);
    }

    private RoleSpan Widen(IReadOnlyList<Token> tokens, RoleSpan match, int floor, string cleaned)
    {
        var first = match.First;
        var end = match.End;
        while (first > floor && !tokens[first].BreakBefore && (_modifiers.Contains(tokens[first - 1].Key) || _qualifiers.Contains(tokens[first - 1].Key)))
        {
            first--;
        }

        // "VP, Engineering" is how titles are written on cards and in signatures.
        if (end < tokens.Count && tokens[end].BreakBefore && cleaned.AsSpan(tokens[end - 1].End, tokens[end].Start - tokens[end - 1].End).Trim().SequenceEqual(","))
        {
            var qualifier = LongestQualifier(tokens, end);
            if (qualifier > 0 && LongestAt(tokens, end, cleaned) is null)
            {
                end += qualifier;
            }
        }
        else if (end < tokens.Count && !tokens[end].BreakBefore && QualifierLinks.Contains(tokens[end].Key))
        {
            var at = end + 1;
            if (at < tokens.Count && tokens[at].Key == "the")
            {
                at++;
            }

            var qualifier = LongestQualifier(tokens, at);
            end = qualifier > 0 ? at + qualifier : end;
        }

        return first == match.First && end == match.End
            ? match
            : match with { First = first, Count = end - first, Score = Math.Min(match.Score, QualifierScore) };
    }

    private int LongestQualifier(IReadOnlyList<Token> tokens, int at)
    {
        for (var n = Math.Min(_qualifierWords, tokens.Count - at); n >= 1; n--)
        {
            if (!BreakInside(tokens, at, n) && _qualifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(NGram.Join(tokens, at, n)))
            {
                return n;
            }
        }

        return 0;
    }

    private static HashSet<string> Keys(IEnumerable<string> phrases, TextNormalizer normalizer) =>
        new(phrases.Select(normalizer.Key).Where(k => k.Length > 0), StringComparer.Ordinal);
}
