using RoleBot.Understanding.Content;

namespace RoleBot.Understanding.Intents;

/// <summary>
/// Turns scores into one decision, preferring an honest None over a guess: too weak or too close to the
/// runner-up means None. An FAQ competes with the intents, but loses to a role-based intent when the user
/// named a role unless it matches strongly.
/// </summary>
public sealed class IntentDecider(NluContent content, ISet<string> domainWords, ISet<string> stopWords, Func<string, bool> isWord)
{
    private const double OutOfScopeConfidence = 0.5;
    private const int MaxAlternatives = 3;

    public static bool IsRoleBased(Intent intent) => intent is Intent.Rank or Intent.ReportsTo or Intent.Compare or Intent.Describe
        or Intent.NextStep or Intent.Requirements or Intent.Skills or Intent.Interview or Intent.FollowUp;

    public (ScoredIntent Decision, IReadOnlyList<ScoredIntent> Alternatives) Decide(Analysis analysis, List<ScoredIntent> scores, FaqMatch faq)
    {
        var thresholds = content.Intents.Thresholds;
        var ranked = scores.Where(s => s.Intent != Intent.Faq).ToList();
        var bestRoleBased = ranked.Where(s => IsRoleBased(s.Intent)).Select(s => s.Score).DefaultIfEmpty(0).Max();

        // An FAQ example can read like an ordinary role question ("what qualifications does an operations manager
        // need" is a Requirements question): with a role named and a role-based intent sure of itself, only the
        // FAQ's own question still wins. "How do I become X" is not a next step from X, so NextStep never overrides.
        var bestOverriding = ranked.Where(s => IsRoleBased(s.Intent) && s.Intent != Intent.NextStep).Select(s => s.Score).DefaultIfEmpty(0).Max();
        if (analysis.Roles.Count > 0 && bestOverriding >= thresholds.RoleIntentStrong && faq.QuestionScore < thresholds.FaqStrong)
        {
            faq = faq with { Id = null };
        }

        if (faq.Id is not null && faq.Score >= thresholds.FaqMinimum)
        {
            var outranked = analysis.Roles.Count > 0 && faq.Score < thresholds.FaqStrong && bestRoleBased >= thresholds.MinConfidence;
            if (!outranked)
            {
                ranked.Add(new ScoredIntent(Intent.Faq, Math.Round(faq.Score, 4)));
            }
        }

        ranked = [.. ranked.OrderByDescending(s => s.Score)];

        // A curated answer that matches strongly is more specific than any generic intent ("how do you interview
        // for an operations manager position?" has its own FAQ), so it is not treated as a tie.
        if (faq.Id is not null && faq.Score >= thresholds.FaqStrong)
        {
            return (new ScoredIntent(Intent.Faq, Math.Round(faq.Score, 4)), [.. ranked.Where(s => s.Intent != Intent.Faq).Take(MaxAlternatives)]);
        }
        var top = ranked.Count > 0 ? ranked[0] : new ScoredIntent(Intent.None, 0);

        // Likeness to "tell me a joke" is not enough when every word is filler ("tell me").
        if (top.Intent == Intent.OutOfScope && !HasContentWord(analysis))
        {
            return (new ScoredIntent(Intent.None, top.Score), [.. ranked.Take(MaxAlternatives)]);
        }

        var alternatives = ranked.Skip(1).Take(MaxAlternatives).Where(s => s.Score > 0).ToList();
        if (top.Score < thresholds.MinConfidence)
        {
            return (LooksOutOfScope(analysis) ? new ScoredIntent(Intent.OutOfScope, OutOfScopeConfidence) : new ScoredIntent(Intent.None, top.Score), [.. ranked.Take(MaxAlternatives)]);
        }

        // "thanks, bye" is both: the goodbye is the last word, and either reply is a short courtesy.
        if (ranked.Count > 1 && ranked[1].Score > top.Score - thresholds.AmbiguityMargin
            && top.Intent is Intent.Thanks or Intent.Goodbye && ranked[1].Intent is Intent.Thanks or Intent.Goodbye)
        {
            return (new ScoredIntent(Intent.Goodbye, top.Score), alternatives);
        }

        if (ranked.Count > 1 && ranked[1].Score > top.Score - thresholds.AmbiguityMargin)
        {
            // Torn between, say, Help and OutOfScope ("can you help me with my taxes"), with nothing about roles in it.
            var offTopic = (top.Intent == Intent.OutOfScope || ranked[1].Intent == Intent.OutOfScope) && LooksOutOfScope(analysis);
            return (offTopic ? new ScoredIntent(Intent.OutOfScope, top.Score) : new ScoredIntent(Intent.None, top.Score), [.. ranked.Take(MaxAlternatives)]);
        }

        return (top, alternatives);
    }

    // Real words, none about roles or organisations, and nothing matched: a question for another bot ("who won
    // the world cup in 2018"). Keyboard mash, code ("'); DROP TABLE") and filler ("ok so") stay None.
    private bool LooksOutOfScope(Analysis analysis)
    {
        var words = analysis.Tokens.Select(t => t.Key).Where(k => k.Any(char.IsLetter)).ToList();
        // Unknown words in role slots do not count: "how many calories are in a banana" has no role in it.
        if (analysis.Roles.Count > 0 || words.Count < 2 || words.Any(domainWords.Contains) || LooksLikeCode(analysis.Cleaned))
        {
            return false;
        }

        var content = words.Where(w => !stopWords.Contains(w)).ToList();
        return content.Count > 0 && content.All(isWord);
    }

    private bool HasContentWord(Analysis analysis) =>
        analysis.Tokens.Any(t => t.Key.Any(char.IsLetterOrDigit) && !stopWords.Contains(t.Key));

    private static bool LooksLikeCode(string text) => text.Count(c => c is ';' or '=' or '(' or ')' or '$' or '%' or '/' or '\\' or '{' or '}') >= 2;
}
