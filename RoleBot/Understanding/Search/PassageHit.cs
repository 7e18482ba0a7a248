namespace RoleBot.Understanding.Search;

/// <summary>
/// A passage found for a question. <see cref="Coverage"/> is the share of the question's searchable words (weighted by
/// how rare they are in the knowledge base) that the passage contains, in [0, 1]; <see cref="Score"/> is Lucene's.
/// <see cref="Specific"/>: the passage shares two or more of the question's words, or one that names its topic or
/// that hardly any other passage uses ("what is a PMO?"); one common word ("who do they report to?") is too little.
/// </summary>
public sealed record PassageHit(Passage Passage, double Coverage, float Score, bool Specific);

/// <summary>The passages found for one question, best first, with the thresholds in force.</summary>
public sealed record PassageResults(IReadOnlyList<PassageHit> Hits, PassageSearchOptions Options)
{
    public static readonly PassageResults Empty = new([], new PassageSearchOptions());

    /// <summary>The best passage when it covers enough of the question to answer from it.</summary>
    public PassageHit? Answer => Hits.Count > 0 && Hits[0].Coverage >= Options.AnswerThreshold && Hits[0].Specific ? Hits[0] : null;

    /// <summary>Nearby topics to offer when no passage is close enough to answer from.</summary>
    public IReadOnlyList<PassageHit> Suggestions =>
        Answer is not null ? [] : [.. Hits.Where(h => h.Coverage >= Options.SuggestThreshold).Take(Options.Suggestions)];

    /// <summary>
    /// The same hits with, among equally close passages, those about more of the given roles first: "does a project
    /// manager have a budget?" is answered from the project manager's text, not from an operations project manager's
    /// that happens to say "budget" twice.
    /// </summary>
    public PassageResults About(IReadOnlyCollection<string> roleIds) => roleIds.Count == 0 ? this : this with
    {
        Hits = [.. Hits.OrderByDescending(h => h.Coverage).ThenByDescending(h => h.Passage.RoleIds.Count(roleIds.Contains)).ThenByDescending(h => h.Score)],
    };
}
