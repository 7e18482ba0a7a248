using RoleBot.Understanding.Content;
using RoleBot.Understanding.Roles;
using RoleBot.Understanding.Text;

namespace RoleBot.Understanding.Intents;

/// <summary>Runs the normaliser, typo repair and role recogniser, then marks unknown words that sit where a role would.</summary>
public sealed class Analyzer(TextNormalizer normalizer, TokenCorrector corrector, CompoundSplitter compounds, RoleSpanRecognizer spans, SynonymsFile synonyms)
{
    /// <summary>Written in content examples where any role fits ("is {role} above {role}").</summary>
    public const string RolePlaceholder = "xrolex";
    private const int MaxUnknownWords = 3;

    private readonly HashSet<string> _leaders = new(synonyms.SlotLeaders.Select(normalizer.Key), StringComparer.Ordinal);

    // At the very start a word is a role only if a comparison follows ("wizard or VP?"), not "click here…".
    private readonly HashSet<string> _followers = new(synonyms.SlotFollowers.Select(normalizer.Key), StringComparer.Ordinal);

    public Analysis Analyze(string? raw)
    {
        var cleaned = normalizer.Clean(raw?.Replace("{role}", RolePlaceholder, StringComparison.Ordinal));
        var tokens = normalizer.Rewrite(corrector.Correct(compounds.Split(normalizer.Tokenize(cleaned))));
        var roles = spans.Recognize(tokens, cleaned);
        var unknown = UnknownSpans(tokens, roles);
        var template = normalizer.RewriteCues(Template(tokens, roles, unknown));
        return new Analysis(cleaned, tokens, roles, unknown, template, normalizer.RewriteCues([.. tokens.Select(t => t.Singular ?? t.Key)]));
    }

    private List<(int First, int Count)> UnknownSpans(List<Token> tokens, List<RoleMatch> roles)
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

            var count = end - i;
            var inSlot = i == 0
                ? end == tokens.Count || _followers.Contains(tokens[end].Key)
                : _leaders.Contains(tokens[i - 1].Key);
            if (count is > 0 and <= MaxUnknownWords && inSlot)
            {
                result.Add((i, count));
            }

            i = Math.Max(end, i + 1);
        }

        return result;
    }

    private bool IsUnknownWord(string key) =>
        key != RolePlaceholder && !corrector.IsKnown(key) && key.Any(char.IsLetter) && !key.Any(char.IsDigit);

    private static List<string> Template(List<Token> tokens, List<RoleMatch> roles, List<(int First, int Count)> unknown)
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
