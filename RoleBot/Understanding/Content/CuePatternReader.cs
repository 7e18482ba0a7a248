using System.Text;

namespace RoleBot.Understanding.Content;

/// <summary>
/// Reads the subset of regex syntax cue patterns use (literals, groups, alternation, quantifiers, classes, \b-style
/// escapes, lookarounds) far enough to list the literal text every match contains. Anything else throws
/// FormatException, and the caller then screens nothing out.
/// </summary>
internal sealed class CuePatternReader(string pattern)
{
    private int _at;

    public bool AtEnd => _at == pattern.Length;

    public List<List<string>> Alternation()
    {
        var branches = new List<List<List<string>>> { Sequence() };
        while (_at < pattern.Length && pattern[_at] == '|')
        {
            _at++;
            branches.Add(Sequence());
        }

        if (branches.Count == 1)
        {
            return branches[0];
        }

        // Any branch may be the one that matches, so only one choice from each survives, joined.
        return branches.Any(b => b.Count == 0) ? [] : [[.. branches.SelectMany(Best).Distinct(StringComparer.Ordinal)]];
    }

    private static List<string> Best(List<List<string>> choices) =>
        choices.OrderByDescending(c => c.Min(s => s.Length)).ThenBy(c => c.Count).First();

    private List<List<string>> Sequence()
    {
        var all = new List<List<string>>();
        var run = new StringBuilder();
        while (_at < pattern.Length && pattern[_at] is not ('|' or ')'))
        {
            var (literal, inner) = Atom();
            var (quantified, min) = Quantifier();
            if (literal is { } c && !quantified)
            {
                run.Append(c);
                continue;
            }

            Flush(run, all);
            if (min >= 1)
            {
                all.AddRange(inner);
            }
        }

        Flush(run, all);
        return all;
    }

    private static void Flush(StringBuilder run, List<List<string>> all)
    {
        if (run.Length > 0)
        {
            all.Add([run.ToString()]);
            run.Clear();
        }
    }

    // A literal character, or what a group requires (nothing for classes, anchors and lookarounds).
    private (char? Literal, List<List<string>> Inner) Atom()
    {
        var c = pattern[_at++];
        switch (c)
        {
            case '(':
                return (null, Group());
            case '[':
                SkipClass();
                return (null, []);
            case '\\':
                return Escape();
            case '.' or '^' or '$':
                return (null, []);
            case '*' or '+' or '?' or '{' or ']' or '}':
                throw new FormatException();
            default:
                return (c, []);
        }
    }

    private List<List<string>> Group()
    {
        var lookaround = false;
        if (Next('?'))
        {
            if (Next(':'))
            {
            }
            else if (Next('!') || Next('=') || Next("<!") || Next("<="))
            {
                lookaround = true;
            }
            else
            {
                // Inline options ("(?i)") or named groups change what literals mean: give up on the whole pattern.
                throw new FormatException();
            }
        }

        var inner = Alternation();
        if (!Next(')'))
        {
            throw new FormatException();
        }

        return lookaround ? [] : inner;
    }

    private void SkipClass()
    {
        Next('^');
        Next(']');
        while (_at < pattern.Length && pattern[_at] != ']')
        {
            _at += pattern[_at] == '\\' ? 2 : 1;
        }

        if (!Next(']'))
        {
            throw new FormatException();
        }
    }

    private (char?, List<List<string>>) Escape()
    {
        if (_at == pattern.Length)
        {
            throw new FormatException();
        }

        var e = pattern[_at++];
        if (e is 'b' or 'B' or 'w' or 'W' or 's' or 'S' or 'd' or 'D' or 'A' or 'z' or 'Z' or 'G')
        {
            return (null, []);
        }

        // Other letter and digit escapes (\p{..}, \u, \x, \n, back-references) are not read: the pattern always runs.
        return char.IsAsciiLetterOrDigit(e) ? throw new FormatException() : (e, []);
    }

    private (bool Quantified, int Min) Quantifier()
    {
        (bool, int) result;
        if (Next('?') || Next('*'))
        {
            result = (true, 0);
        }
        else if (Next('+'))
        {
            result = (true, 1);
        }
        else if (Next('{'))
        {
            var start = _at;
            while (_at < pattern.Length && char.IsAsciiDigit(pattern[_at]))
            {
                _at++;
            }

            if (_at == start)
            {
                throw new FormatException();
            }

            var min = int.Parse(pattern.AsSpan(start, _at - start), System.Globalization.CultureInfo.InvariantCulture);
            while (_at < pattern.Length && (char.IsAsciiDigit(pattern[_at]) || pattern[_at] == ','))
            {
                _at++;
            }

            result = Next('}') ? (true, min) : throw new FormatException();
        }
        else
        {
            return (false, 1);
        }

        Next('?');
        return result;
    }

    private bool Next(char c)
    {
        if (_at < pattern.Length && pattern[_at] == c)
        {
            _at++;
            return true;
        }

        return false;
    }

    private bool Next(string s)
    {
        if (pattern.AsSpan(_at).StartsWith(s, StringComparison.Ordinal))
        {
            _at += s.Length;
            return true;
        }

        return false;
    }
}
