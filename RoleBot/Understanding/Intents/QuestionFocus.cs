namespace RoleBot.Understanding.Intents;

/// <summary>
/// Finds the question inside a chat message that carries context around it ("We're drafting the org chart for the
/// Lisbon office and arguing: does a regional manager sit above a general manager?"). People put the question last,
/// so the sentences that end the message are read on their own, the shortest first.
/// </summary>
public sealed class QuestionFocus(IReadOnlyDictionary<Intent, int> expectedRoles)
{
    // Each try understands the rest of the message again; a few are enough for how people write.
    private const int MaxTries = 3;

    // No question is about more than two roles at once ("does a director report to a manager").
    private const int MostRolesAsked = 2;

    private static readonly char[] SentenceEnds = ['.', '?', '!', ':', ';', '\n'];

    /// <summary>How many roles the intent asks about; role-based intents without a figure take two.</summary>
    public int Expected(Intent intent) =>
        expectedRoles.TryGetValue(intent, out var n) && n > 0 ? n
        : IntentDecider.IsRoleBased(intent) ? 2 : 0;

    /// <summary>The known roles already answer the question, so no other word needs to be a role.</summary>
    public bool Answerable(Intent intent, int knownRoles) => IntentDecider.IsRoleBased(intent) && knownRoles >= Expected(intent);

    public UnderstandingResult? Question(Analysis analysis, Func<string, UnderstandingResult> understand)
    {
        var tries = 0;
        foreach (var offset in SentenceStarts(analysis).Reverse())
        {
            if (tries++ == MaxTries)
            {
                break;
            }

            var result = understand(analysis.Cleaned[offset..]);
            if (IntentDecider.IsRoleBased(result.Intent) && result.Roles.Count is > 0 and <= MostRolesAsked && result.UnknownRoles.Count == 0)
            {
                return result with { Text = analysis.Cleaned, Roles = [.. result.Roles.Select(r => r with { Start = r.Start + offset })] };
            }
        }

        return null;
    }

    // Starts of sentences that still hold a role, in reading order.
    private static IEnumerable<int> SentenceStarts(Analysis analysis)
    {
        var lastRole = analysis.Roles[^1].First;
        for (var i = 1; i <= lastRole; i++)
        {
            // Parts of a word split in two ("projectmanager") have no gap between them.
            var (end, start) = (analysis.Tokens[i - 1].End, analysis.Tokens[i].Start);
            if (start > end && analysis.Cleaned.AsSpan(end, start - end).IndexOfAny(SentenceEnds) >= 0)
            {
                yield return analysis.Tokens[i].Start;
            }
        }
    }
}
