using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using RoleBot.Content;
using RoleBot.Content.Knowledge;
using RoleBot.Content.LanguageUnderstanding;
using RoleBot.Content.Organisations;
using RoleBot.Organisations;
using RoleBot.Understanding;

namespace RoleBot.Benchmarks;

/// <summary>
/// The per-question cost with 0 and 1,000 configured organisations (500 titles each): finding the user's
/// organisation by tenant, then understanding the question with that organisation's compiled model (built once,
/// as in the recognizer). With 0 organisations the general model answers. Flatness is 10 against 1,000: both
/// understand with the same organisation's model (organisation 7), so only the number of other ladders loaded
/// differs; 0 against either also measures the 500 extra titles, which are different work.
/// </summary>
[MemoryDiagnoser]
public class OrganisationBenchmarks
{
    private static readonly string[] Questions = ["who is higher, title 7 12 or alias 7 14?", "is a genral manager above a vise president?", "what does a VP do?"];

    private OrganisationDirectory _directory = null!;
    private UnderstandingModel _model = null!;
    private OrganisationKey _key = null!;

    [Params(0, 10, 1000)]
    public int Organisations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var dialogs = ContentPaths.FindDialogsRoot(AppContext.BaseDirectory) ?? ContentPaths.FindDialogsRoot(Directory.GetCurrentDirectory())
            ?? throw new DirectoryNotFoundException("dialogs/ not found");
        var root = Organisations == 0 ? Directory.CreateTempSubdirectory().FullName : GeneratedOrganisations.Write(Organisations, 500);
        _directory = new OrganisationDirectory(root, NullLogger<OrganisationDirectory>.Instance, TimeProvider.System);
        var general = KnowledgeBaseLoader.LoadFile(KnowledgeBaseLocation.Default(dialogs));
        var nlu = NluContentReader.Read(Path.Combine(dialogs, NluContentReader.RelativePath));
        _key = new OrganisationKey(OrganisationKeyKind.TeamsTenant, GeneratedOrganisations.TenantOf(7));
        var organisation = _directory.Find(_key);
        var kb = organisation is null ? general : OrganisationViewBuilder.Build(organisation, general, (o, t) => $"{o.Name} {t.Title}").Knowledge;
        _model = new UnderstandingModel(kb, nlu);
        _model.CompileCues();
    }

    [Benchmark(OperationsPerInvoke = 3)]
    public int FindOrganisationAndUnderstand()
    {
        var found = 0;
        foreach (var question in Questions)
        {
            found += _directory.Find(_key) is null ? 0 : 1;
            found += _model.Understand(question).Roles.Count;
        }

        return found;
    }
}
