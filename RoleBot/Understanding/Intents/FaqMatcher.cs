using RoleBot.Knowledge;
using RoleBot.Understanding.Content;
using RoleBot.Understanding.Text;

namespace RoleBot.Understanding.Intents;

/// <summary>Finds the knowledge-base FAQ whose question or examples are closest to the utterance (content words only).</summary>
public sealed class FaqMatcher
{
    private const int MinimumWords = 2;
    private const double SparsePenalty = 0.6;
    private readonly TfIdfIndex<string> _index;
    private readonly HashSet<string> _stopWords;

    public FaqMatcher(KnowledgeBase kb, SynonymsFile synonyms, TextNormalizer normalizer, Analyzer analyzer)
    {
        _stopWords = new HashSet<string>(synonyms.StopWords.SelectMany(normalizer.Words), StringComparer.Ordinal);
        _index = new TfIdfIndex<string>(kb.Faqs.SelectMany(faq => faq.Examples.Prepend(faq.Question)
            .Select(text => (faq.Id, (IReadOnlyList<string>)FeaturesOf(analyzer.Analyze(text))))));
    }

    public (string? Id, double Score) Best(Analysis analysis)
    {
        var words = analysis.Words.Where(k => !_stopWords.Contains(k)).ToList();
        var best = _index.BestPerLabel(Features.Of(words));
        if (best.Count == 0)
        {
            return (null, 0);
        }

        // One content word ("who is higher?") is too little evidence for a curated answer.
        var top = best.MaxBy(p => p.Value);
        return (top.Key, words.Count < MinimumWords ? top.Value * SparsePenalty : top.Value);
    }

    private List<string> FeaturesOf(Analysis analysis) =>
        Features.Of([.. analysis.Words.Where(k => !_stopWords.Contains(k))]);
}
