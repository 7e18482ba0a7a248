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
    private readonly TfIdfIndex<string> _questions;
    private static readonly string[] QuestionWords = ["who", "what", "which", "how", "why", "when", "where"];
    private readonly HashSet<string> _stopWords;
    private readonly HashSet<string> _fillers;

    public FaqMatcher(KnowledgeBase kb, SynonymsFile synonyms, TextNormalizer normalizer, Analyzer analyzer)
    {
        _stopWords = new HashSet<string>(synonyms.StopWords.SelectMany(normalizer.Words), StringComparer.Ordinal);
        _fillers = new HashSet<string>(_stopWords.Except(QuestionWords), StringComparer.Ordinal);
        _index = new TfIdfIndex<string>(kb.Faqs.SelectMany(faq => faq.Examples.Prepend(faq.Question)
            .Select(text => (faq.Id, (IReadOnlyList<string>)FeaturesOf(analyzer.Analyze(text))))));
        // The question is compared with its question word: "who qualifies as an operations manager" is the FAQ,
        // "what qualifications do you need to be an operations manager" a Requirements question.
        _questions = new TfIdfIndex<string>(kb.Faqs.Select(faq => (faq.Id, (IReadOnlyList<string>)QuestionFeatures(analyzer.Analyze(faq.Question)))));
    }

    public FaqMatch Best(Analysis analysis)
    {
        var words = analysis.Words.Where(k => !_stopWords.Contains(k)).ToList();
        var features = Features.Of(words);
        var best = _index.BestPerLabel(features);
        if (best.Count == 0)
        {
            return new FaqMatch(null, 0, 0);
        }

        // One content word ("who is higher?") is too little evidence for a curated answer.
        var top = best.MaxBy(p => p.Value);
        var question = _questions.BestPerLabel(QuestionFeatures(analysis)).GetValueOrDefault(top.Key);
        return words.Count < MinimumWords
            ? new FaqMatch(top.Key, top.Value * SparsePenalty, question * SparsePenalty)
            : new FaqMatch(top.Key, top.Value, question);
    }

    private List<string> QuestionFeatures(Analysis analysis) =>
        Features.Of([.. analysis.Words.Where(k => !_fillers.Contains(k))]);

    private List<string> FeaturesOf(Analysis analysis) =>
        Features.Of([.. analysis.Words.Where(k => !_stopWords.Contains(k))]);
}

/// <summary>The closest FAQ, how close the utterance is to it overall, and how close to its own question.</summary>
public sealed record FaqMatch(string? Id, double Score, double QuestionScore);
