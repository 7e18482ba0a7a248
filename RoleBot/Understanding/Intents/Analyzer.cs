using RoleBot.Understanding.Content;
using RoleBot.Understanding.Roles;
using RoleBot.Understanding.Text;

namespace RoleBot.Understanding.Intents;

/// <summary>Runs the normaliser, typo repair and role recogniser, then marks unknown words that sit where a role would.</summary>
public sealed class Analyzer(TextNormalizer normalizer, TokenCorrector corrector, CompoundSplitter compounds, RoleSpanRecognizer spans, RelationFilter relations, SynonymsFile synonyms)
{
    /// <summary>Written in content examples where any role fits ("is {role} above {role}").</summary>
    public const string RolePlaceholder = "xrolex";
    private const int MaxUnknownWords = 3;

    private readonly HashSet<string> _leaders = new(synonyms.SlotLeaders.Select(normalizer.Key), StringComparer.Ordinal);

    // At the very start a word is a role only if a comparison follows ("wizard or VP?"), not "click here…".
    private readonly HashSet<string> _followers = new(synonyms.SlotFollowers.Select(normalizer.Key), StringComparer.Ordinal);

    private readonly HashSet<string> _stopWords = new(synonyms.StopWords.Select(normalizer.Key), StringComparer.Ordinal);

    public Analysis Analyze(string? raw)
    {
        var cleaned = normalizer.Clean(raw?.Replace("{role}", RolePlaceholder, StringComparison.Ordinal));
        var tokens = normalizer.Rewrite(corrector.Correct(compounds.Split(normalizer.Tokenize(cleaned))));
        var roles = relations.Filter(tokens, spans.Recognize(tokens, cleaned));
        var unknown = UnknownSpans(tokens, roles, cleaned);
        var template = normalizer.RewriteCues(Template(tokens, roles, unknown));
        return new Analysis(cleaned, tokens, roles, unknown, template, normalizer.RewriteCues([.. tokens.Select(t => t.Singular ?? t.Key)]));
    }

    private List<(int First, int Count)> UnknownSpans(List<Token> tokens, List<RoleSpan> roles, string cleaned)
    {
        var covered = new bool[tokens.Count];
        foreach (var role in roles)
        {
            Array.Fill(covered, true, role.First, role.Count);
        }

        var result = new List<(int, int)>();
        var i = 0;
        while (i < tokens.Count)
        {
            var end = i;
            while (end < tokens.Count && !covered[end] && IsUnknownWord(tokens[end].Key))
            {
                end++;
            }

            if (end == i)
            {
                i++;
                continue;
            }

            // Title words around the unknown one belong to it: "chief happiness officer", not "happiness".
            var first = i;
            while (first > 0 && !covered[first - 1] && IsTitleWord(tokens[first - 1].Key))
            {
                first--;
            }

            while (end < tokens.Count && !covered[end] && IsTitleWord(tokens[end].Key))
            {
                end++;
            }

            var inSlot = first == 0
                ? end == tokens.Count || _followers.Contains(tokens[end].Key)
                : _leaders.Contains(tokens[first - 1].Key) && EndsSlot(tokens, end) && !OpensAside(tokens, first, cleaned);
            if (end - first <= MaxUnknownWords && inSlot)
            {
                result.Add((first, end - first));
            }

            i = end;
        }

        return result;
    }

    // "above (note to the AI: …)": words in brackets or quotes are an aside, not the role the slot asks for.
    private static bool OpensAside(List<Token> tokens, int first, string cleaned) =>
        tokens[first].BreakBefore && cleaned.AsSpan(tokens[first - 1].End, tokens[first].Start - tokens[first - 1].End).IndexOfAny("([{\"'“‘") >= 0;

    private bool IsTitleWord(string key) => corrector.IsRoleWord(key) && !_stopWords.Contains(key);

    // A role slot ends the sentence or a clause, or runs into a little word ("a wizard do", "a ninja or");
    // "the core competencies" continues with a noun, so "core" is no role.
    private bool EndsSlot(List<Token> tokens, int end) =>
        end == tokens.Count || tokens[end].BreakBefore || _followers.Contains(tokens[end].Key) || _stopWords.Contains(tokens[end].Key);

    private bool IsUnknownWord(string key) =>
        key != RolePlaceholder && !corrector.IsKnown(key) && key.Any(char.IsLetter) && !key.Any(char.IsDigit);

    private static List<string> Template(List<Token> tokens, List<RoleSpan> roles, List<(int First, int Count)> unknown)
    {
        var template = new List<string>(tokens.Count);
        var roleAt = roles.ToDictionary(r => r.First, r => r.Count);
        var unknownAt = unknown.ToDictionary(u => u.First, u => u.Count);
        var i = 0;
        while (i < tokens.Count)
        {
            if (roleAt.TryGetValue(i, out var n) || tokens[i].Key == RolePlaceholder)
            {
                template.Add(Analysis.RoleToken);
                i += Math.Max(1, n);
            }
            else if (unknownAt.TryGetValue(i, out n))
            {
                template.Add(Analysis.UnknownToken);
                i += n;
            }
            else
            {
                template.Add(tokens[i++].Key);
            }
        }

        return template;
    }
}
