using BenchmarkDotNet.Attributes;
using RoleBot.Content;
using RoleBot.Content.Knowledge;
using RoleBot.Content.LanguageUnderstanding;
using RoleBot.Understanding;

namespace RoleBot.Benchmarks;

/// <summary>
/// Cost of one question end to end on the recognizer side: understanding plus the knowledge-base lookups an
/// answer needs (roles, curated comparison, FAQ), with the shipped knowledge base and with 10,000 extra roles.
/// </summary>
[MemoryDiagnoser]
public class UnderstandingBenchmarks
{
    private static readonly string[] Questions =
    [
        "Is COO higher than general manager?",
        "what is the difference between a project manager and an operations manager",
        "what comes after project manager?",
        "is a genral manager above a vise president?",
        "does a GM report to a VP?",
        "is a PM higher than a director?",
        "What is the highest position in a company?",
        "is a wizard higher than a VP?",
        "what's the weather like today?",
        "<at>RoleBot</at> what does a Northern Payroll Coordinator do?",
    ];

    public static int QuestionCount => Questions.Length;

    private UnderstandingModel _model = null!;

    [Params(0, 10_000)]
    public int ExtraRoles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var dialogs = ContentPaths.FindDialogsRoot(AppContext.BaseDirectory)
            ?? ContentPaths.FindDialogsRoot(Directory.GetCurrentDirectory())
            ?? throw new DirectoryNotFoundException("dialogs/ not found");
        var shipped = KnowledgeBaseLoader.LoadFile(KnowledgeBaseLocation.Default(dialogs));
        var kb = ExtraRoles == 0 ? shipped : GeneratedKnowledgeBase.Create(shipped, ExtraRoles);
        _model = new UnderstandingModel(kb, NluContentReader.Read(Path.Combine(dialogs, NluContentReader.RelativePath)));
        // As the running bot has them a second after its start (CueCompilation); INTERPRETED_CUES=1 measures them before.
        if (Environment.GetEnvironmentVariable("INTERPRETED_CUES") != "1")
        {
            _model.CompileCues();
        }
    }

    [Benchmark(OperationsPerInvoke = 10)]
    public int UnderstandAndLookUp()
    {
        var found = 0;
        foreach (var question in Questions)
        {
            var result = _model.Understand(question);
            var kb = _model.KnowledgeBase;
            foreach (var mention in result.Roles)
            {
                found += mention.Candidates.Count(id => kb.FindRole(id) is not null);
            }

            if (result.Roles.Count >= 2 && kb.FindCuratedComparison(result.Roles[0].Candidates[0], result.Roles[1].Candidates[0]) is not null)
            {
                found++;
            }

            if (result.FaqId is not null && kb.FindFaq(result.FaqId) is not null)
            {
                found++;
            }
        }

        return found;
    }
}
