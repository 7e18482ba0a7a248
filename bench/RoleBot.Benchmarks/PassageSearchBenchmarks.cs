using BenchmarkDotNet.Attributes;
using RoleBot.Content;
using RoleBot.Content.Knowledge;
using RoleBot.Content.LanguageUnderstanding;
using RoleBot.Knowledge;
using RoleBot.Understanding.Content;
using RoleBot.Understanding.Search;

namespace RoleBot.Benchmarks;

/// <summary>
/// Cost of the passage search that answers what no structured answer fits: one question against the Lucene index of
/// the knowledge-base text (per question), and building the index (once per knowledge-base or content reload).
/// </summary>
[MemoryDiagnoser]
public class PassageSearchBenchmarks
{
    private static readonly string[] Questions =
    [
        "is project management ongoing or temporary?",
        "does a project manager have a budget?",
        "in which industries do you see operations managers?",
        "does every company have a COO?",
        "who runs a factory?",
        "how much does a project manager earn?",
        "what's the weather in Paris?",
        "can one board member fire the CEO on their own?",
        "what is a PMO?",
        "asdf qwer zxcv",
    ];

    private KnowledgeBase _kb = null!;
    private SynonymsFile _synonyms = null!;
    private PassageIndex _index = null!;

    [Params(0, 10_000)]
    public int ExtraRoles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var dialogs = ContentPaths.FindDialogsRoot(AppContext.BaseDirectory)
            ?? ContentPaths.FindDialogsRoot(Directory.GetCurrentDirectory())
            ?? throw new DirectoryNotFoundException("dialogs/ not found");
        var shipped = KnowledgeBaseLoader.LoadFile(KnowledgeBaseLocation.Default(dialogs));
        _kb = ExtraRoles == 0 ? shipped : GeneratedKnowledgeBase.Create(shipped, ExtraRoles);
        _synonyms = NluContentReader.Read(Path.Combine(dialogs, NluContentReader.RelativePath)).Synonyms;
        _index = new PassageIndex(_kb, _synonyms);
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark(OperationsPerInvoke = 10)]
    public double SearchOneQuestion()
    {
        var coverage = 0.0;
        foreach (var question in Questions)
        {
            var hits = _index.Search(question, 12);
            coverage += hits.Count > 0 ? hits[0].Coverage : 0;
        }

        return coverage;
    }

    [Benchmark]
    public int BuildIndex()
    {
        using var index = new PassageIndex(_kb, _synonyms);
        return index.Count;
    }
}
