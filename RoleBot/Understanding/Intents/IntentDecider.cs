using RoleBot.Understanding.Content;

namespace RoleBot.Understanding.Intents;

/// <summary>
/// Turns scores into one decision, preferring an honest None over a guess: too weak or too close to the
/// runner-up means None. An FAQ competes with the intents, but loses to a role-based intent when the user
/// named a role unless it matches strongly.
/// </summary>
public sealed class IntentDecider(NluContent content, ISet<string> domainWords, ISet<string> stopWords, Func<string, bool> isKnownWord)
{
    private const double OutOfScopeConfidence = 0.5;
    private const int MaxAlternatives = 3;

    public static bool IsRoleBased(Intent intent) => intent is Intent.Rank or Intent.ReportsTo or Intent.Compare or Intent.Describe
        or Intent.NextStep or Intent.Requirements or Intent.Skills or Intent.Interview or Intent.FollowUp;

    public (ScoredIntent Decision, IReadOnlyList<ScoredIntent> Alternatives) Decide(Analysis analysis, List<ScoredIntent> scores, (string? Id, double Score) faq)
    {
        var thresholds = content.Intents.Thresholds;
        var ranked = scores.Where(s => s.Intent != Intent.Faq).ToList();
        if (faq.Id is not null && faq.Score >= thresholds.FaqMinimum)
        {
            var bestRoleBased = ranked.Where(s => IsRoleBased(s.Intent)).Select(s => s.Score).DefaultIfEmpty(0).Max();
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
        var alternatives = ranked.Skip(1).Take(MaxAlternatives).Where(s => s.Score > 0).ToList();
        if (top.Score < thresholds.MinConfidence)
        {
            return (LooksOutOfScope(analysis) ? new ScoredIntent(Intent.OutOfScope, OutOfScopeConfidence) : new ScoredIntent(Intent.None, top.Score), [.. ranked.Take(MaxAlternatives)]);
        }

        if (ranked.Count > 1 && ranked[1].Score > top.Score - thresholds.AmbiguityMargin)
        {
            return (new ScoredIntent(Intent.None, top.Score), [.. ranked.Take(MaxAlternatives)]);
        }

        return (top, alternatives);
    }

    // Ordinary words, none about roles or organisations, and nothing matched: a question for another bot.
    private bool LooksOutOfScope(Analysis analysis)
    {
        var words = analysis.Tokens.Select(t => t.Key).Where(k => k.Any(char.IsLetter)).ToList();
        // Unknown words in role slots do not count: "how many calories are in a banana" has no role in it.
        if (analysis.Roles.Count > 0 || words.Count < 2 || words.Any(domainWords.Contains))
        {
            return false;
        }

        // Mostly real words (not keyboard mash), and more than filler ("ok so").
        return words.Count(isKnownWord) * 2 >= words.Count && words.Any(w => !stopWords.Contains(w));
    }
}
