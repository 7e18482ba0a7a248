using RoleBot.Understanding.Text;

namespace RoleBot.Understanding.Roles;

/// <summary>
/// The part of a written title that is not the role: a department, region or site ("VP of Customer Success",
/// "General Manager, Hotel Operations", "Store Manager (Flagship)"). It is kept to be shown beside the role and
/// never changes which role was found.
/// </summary>
public sealed class TitleQualifier(ISet<string> qualifiers, ISet<string> notQualifiers)
{
    private const int MaxTailWords = 3;
    private static readonly string[] Links = ["of", "for", "in"];

    public string? Qualifier(IReadOnlyList<Token> tokens, RoleSpan found, RoleSpan widened, string cleaned, Func<int, bool> startsRole)
    {
        // Seniority words ("senior", "acting") that widened the span are part of the role; departments are not.
        var left = Enumerable.Range(widened.First, found.First - widened.First).Where(i => qualifiers.Contains(tokens[i].Key)).ToList();
        var right = Enumerable.Range(found.End, widened.End - found.End).Where(i => !Links.Contains(tokens[i].Key) && tokens[i].Key != "the").ToList();
        if (right.Count == 0 && widened.End < tokens.Count)
        {
            right = Tail(tokens, widened.End, cleaned, startsRole);
        }

        // "VP of People Operations", "Head of Sales EMEA": more department or region words straight after.
        for (var i = right.Count > 0 ? right[^1] + 1 : widened.End; i < tokens.Count && right.Count < MaxTailWords; i++)
        {
            if (tokens[i].BreakBefore || notQualifiers.Contains(tokens[i].Key) || !Named(tokens[i], cleaned) || startsRole(i))
            {
                break;
            }

            right.Add(i);
        }

        var words = left.Concat(right).Select(i => cleaned[tokens[i].Start..tokens[i].End]).ToList();
        return words.Count > 0 ? string.Join(' ', words) : null;
    }

    // After "," "(" or "of", up to three words written as a name ("Hotel Operations", "Porto plant"): what a
    // qualifier list cannot hold.
    private List<int> Tail(IReadOnlyList<Token> tokens, int at, string cleaned, Func<int, bool> startsRole)
    {
        var gap = cleaned[tokens[at - 1].End..tokens[at].Start].Trim();
        var afterSeparator = tokens[at].BreakBefore && gap is "," or "(" or "-";
        var afterLink = !tokens[at].BreakBefore && Links.Contains(tokens[at].Key);
        if (!afterSeparator && !afterLink)
        {
            return [];
        }

        if (afterLink)
        {
            at++;
            if (at < tokens.Count && tokens[at].Key == "the" && !tokens[at].BreakBefore)
            {
                at++;
            }
        }

        var tail = new List<int>();
        for (var i = at; i < tokens.Count && tail.Count < MaxTailWords; i++)
        {
            if ((i > at && tokens[i].BreakBefore) || notQualifiers.Contains(tokens[i].Key) || !tokens[i].Key.Any(char.IsLetter) || startsRole(i))
            {
                break;
            }

            tail.Add(i);
        }

        // A name ends with a capitalised or department word; "of project delivery" is lower case but ends in neither,
        // so chat words after the role ("of mine") are not taken for a qualifier.
        while (tail.Count > 0 && !Named(tokens[tail[^1]], cleaned))
        {
            tail.RemoveAt(tail.Count - 1);
        }

        return tail;
    }

    private bool Named(Token token, string cleaned) =>
        qualifiers.Contains(token.Key) || char.IsUpper(cleaned[token.Start]);
}
