using System.Text.RegularExpressions;
using RoleBot.Understanding.Text;

namespace RoleBot.Understanding.Intents;

/// <summary>
/// A comparison whose every side is a word the knowledge base does not know and that does not read as a job title
/// ("the difference between a crocodile and an alligator") is a question for another bot, not one about unknown
/// roles. A side with a title's head noun ("flux capacitor operator") or shaped like a C-suite or VP abbreviation
/// ("CXO", "SVP") still reads as a role, and one known role keeps the question about roles ("a shogun and a director").
/// </summary>
public sealed class OffTopicComparison(IEnumerable<string> roleHeads)
{
    private static readonly Regex Abbreviation = new("^(?:c[a-z]{1,2}o|[a-z]?vp)$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));

    private readonly HashSet<string> _heads = new(roleHeads, StringComparer.Ordinal);

    public (ScoredIntent Decision, IReadOnlyList<ScoredIntent> Alternatives) Apply(
        Analysis analysis, (ScoredIntent Decision, IReadOnlyList<ScoredIntent> Alternatives) decided)
    {
        var (decision, alternatives) = decided;
        if (decision.Intent is not (Intent.Compare or Intent.Rank or Intent.ReportsTo)
            || analysis.Roles.Count > 0 || analysis.Unknown.Count == 0 || analysis.Unknown.Any(u => LooksLikeRole(analysis.Tokens, u)))
        {
            return decided;
        }

        return (new ScoredIntent(Intent.OutOfScope, decision.Score), [decision, .. alternatives.Take(2)]);
    }

    private bool LooksLikeRole(IReadOnlyList<Token> tokens, (int First, int Count) span) =>
        tokens.Skip(span.First).Take(span.Count).Any(t =>
            _heads.Contains(t.Key) || (t.Singular is { } singular && _heads.Contains(singular)) || Abbreviation.IsMatch(t.Key));
}
