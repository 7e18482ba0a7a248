using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
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
    private const string Id = "id", Text = "text", Topic = "topic", All = "all";
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;
    // A word used by at most this many passages names a topic on its own ("pmo", "cro").
    private const int RareWordPassages = 2;
    private readonly Dictionary<string, Entry> _passages = new(StringComparer.Ordinal);

    public PassageIndex(KnowledgeBase kb, SynonymsFile synonyms)
    {
        KnowledgeBase = kb;
        _analyzer = PassageAnalyzer.Create(synonyms);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(PassageAnalyzer.Version, _analyzer)))
        {
            foreach (var passage in PassageCatalog.From(kb))
            {
                var all = $"{passage.Topic} {passage.Text} {passage.Extra}";
                // A role's description is its main passage: between equally close passages it wins.
                var text = new TextField(Text, $"{passage.Text} {passage.Extra}", Field.Store.NO) { Boost = passage.Kind == PassageKind.RoleDescription ? 1.5f : 1f };
                writer.AddDocument(new Document
                {
                    new StringField(Id, passage.Id, Field.Store.YES),
                    new TextField(Topic, passage.Topic, Field.Store.NO),
                    text,
                    new TextField(All, all, Field.Store.NO),
                });
                // An FAQ's topic is its example questions: their words name no topic on their own.
                _passages[passage.Id] = new Entry(passage, [.. Terms(all)], passage.Kind == PassageKind.Faq ? [] : [.. Terms(passage.Topic)]);
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
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

        var parser = new MultiFieldQueryParser(PassageAnalyzer.Version, [Topic, Text], _analyzer, new Dictionary<string, float> { [Topic] = 2f, [Text] = 1f });
        var query = parser.Parse(QueryParserBase.Escape(question));
        var weights = terms.ToDictionary(t => t, Weight, StringComparer.Ordinal);
        var total = weights.Values.Sum();
        return [.. _searcher.Search(query, candidates).ScoreDocs
            .Select(hit => (Entry: _passages[_searcher.Doc(hit.Doc).Get(Id)], hit.Score))
            .Select(h => Hit(h.Entry, h.Score, weights, total))
            .OrderByDescending(h => h.Coverage).ThenByDescending(h => h.Score)];
    }

    private PassageHit Hit(Entry entry, float score, Dictionary<string, double> weights, double total)
    {
        var shared = weights.Keys.Where(entry.Terms.Contains).ToList();
        var specific = shared.Count >= 2 || shared.Any(t => entry.TopicTerms.Contains(t) || _reader.DocFreq(new Term(All, t)) <= RareWordPassages);
        return new PassageHit(entry.Passage, shared.Sum(t => weights[t]) / total, score, specific);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    // A word the knowledge base never uses weighs most: a question about salaries is not answered by a passage that
    // only shares its role name.
    private double Weight(string term) => 1 + Math.Log((double)_reader.NumDocs / (_reader.DocFreq(new Term(All, term)) + 1));

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
