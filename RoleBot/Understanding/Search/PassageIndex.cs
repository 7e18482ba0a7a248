using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using RoleBot.Knowledge;
using RoleBot.Understanding.Content;

namespace RoleBot.Understanding.Search;

/// <summary>
/// An in-memory Lucene index of one knowledge base's passages. Lucene finds and ranks the candidates (BM25-like
/// TF-IDF over the text and, boosted, the topic); a candidate's coverage of the question's words decides whether
/// it is close enough to answer from. Built once per knowledge base and language content; read-only after that.
/// </summary>
public sealed class PassageIndex : IDisposable
{
    private const string Ordinal = "ordinal", Text = "text", Topic = "topic", All = "all";
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;
    // A word used by at most this many passages names a topic on its own ("pmo", "cro").
    private const int RareWordPassages = 2;
    private readonly Dictionary<string, Entry> _passages = new(StringComparer.Ordinal);
    // How many passages use each analysed word (what Lucene's document frequency of an all-text field would say),
    // counted while building: asking the index for it cost a term lookup per word per question.
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly Entry[] _byDoc;
    private readonly ConcurrentDictionary<string, TermContext> _topicStates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TermContext> _textStates = new(StringComparer.Ordinal);
    private readonly int _documents;

    public PassageIndex(KnowledgeBase kb, SynonymsFile synonyms)
    {
        KnowledgeBase = kb;
        _analyzer = PassageAnalyzer.Create(synonyms);
        var entries = new List<Entry>();
        // One segment written straight to memory: no compound file to copy, nothing to merge.
        var config = new IndexWriterConfig(PassageAnalyzer.Version, _analyzer) { UseCompoundFile = false, RAMBufferSizeMB = 256 };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var passage in PassageCatalog.From(kb))
            {
                var all = $"{passage.Topic} {passage.Text} {passage.Extra}";
                // A role's description is its main passage: between equally close passages it wins.
                var text = new TextField(Text, $"{passage.Text} {passage.Extra}", Field.Store.NO) { Boost = passage.Kind == PassageKind.RoleDescription ? 1.5f : 1f };
                writer.AddDocument(new Document
                {
                    new NumericDocValuesField(Ordinal, entries.Count),
                    new TextField(Topic, passage.Topic, Field.Store.NO),
                    text,
                });
                // An FAQ's topic is its example questions: their words name no topic on their own.
                var entry = new Entry(passage, [.. Terms(all)], passage.Kind == PassageKind.Faq ? [] : [.. Terms(passage.Topic)]);
                foreach (var term in entry.Terms)
                {
                    _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
                }

                entries.Add(entry);
                _passages[passage.Id] = entry;
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        _documents = _reader.NumDocs;
        // Each hit's passage is found by its ordinal (a doc value, read once here), not by a stored field per hit.
        var ordinals = MultiDocValues.GetNumericValues(_reader, Ordinal);
        _byDoc = [.. Enumerable.Range(0, _reader.MaxDoc).Select(doc => _passages[entries[(int)ordinals.Get(doc)].Passage.Id])];
    }

    public KnowledgeBase KnowledgeBase { get; }

    public int Count => _passages.Count;

    public IReadOnlyList<PassageHit> Search(string question, int candidates)
    {
        var terms = Terms(question).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        // The question's analysed words, each sought in the topic (names, aliases, example questions count double) and
        // the text. A word no passage uses cannot match: it still weighs in the coverage, but is not sought.
        var query = new BooleanQuery();
        foreach (var t in terms.Where(_documentFrequency.ContainsKey))
        {
            query.Add(Query(Topic, t, 2f), Occur.SHOULD);
            query.Add(Query(Text, t, 1f), Occur.SHOULD);
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var frequencies = terms.ToDictionary(t => t, t => _documentFrequency.GetValueOrDefault(t), StringComparer.Ordinal);
        var weights = frequencies.ToDictionary(f => f.Key, f => Weight(f.Value), StringComparer.Ordinal);
        var total = weights.Values.Sum();
        // Scored in document order: Lucene's out-of-order scorer for a query of optional words allocates a table of
        // 2,048 buckets per search. Same sums, same ties (the lower document wins), a fraction of the garbage.
        var collector = TopScoreDocCollector.Create(candidates, docsScoredInOrder: true);
        _searcher.Search(query, collector);
        return [.. collector.GetTopDocs().ScoreDocs
            .Select(hit => (Entry: _byDoc[hit.Doc], hit.Score))
            .Select(h => Hit(h.Entry, h.Score, weights, frequencies, total))
            .OrderByDescending(h => h.Coverage).ThenByDescending(h => h.Score)];
    }

    private static PassageHit Hit(Entry entry, float score, Dictionary<string, double> weights, Dictionary<string, int> frequencies, double total)
    {
        var shared = weights.Keys.Where(entry.Terms.Contains).ToList();
        var specific = shared.Count >= 2 || shared.Any(t => entry.TopicTerms.Contains(t) || frequencies[t] <= RareWordPassages);
        return new PassageHit(entry.Passage, shared.Sum(t => weights[t]) / total, score, specific);
    }

    // Where a word sits in the index is looked up once: the index never changes, and the lookup (a term-dictionary
    // seek) was half of the term enumerators a question allocated. Only words of the index are kept, so the cache is
    // bounded by its vocabulary, whatever users type.
    private TermQuery Query(string field, string word, float boost)
    {
        var term = new Term(field, word);
        var states = (field == Topic ? _topicStates : _textStates).GetOrAdd(word, _ => TermContext.Build(_searcher.TopReaderContext, term));
        return new TermQuery(term, states) { Boost = boost };
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    // A word the knowledge base never uses weighs most: a question about salaries is not answered by a passage that
    // only shares its role name.
    private double Weight(int passages) => 1 + Math.Log((double)_documents / (passages + 1));

    private sealed record Entry(Passage Passage, HashSet<string> Terms, HashSet<string> TopicTerms);

    private List<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(All, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
