using System.Text.RegularExpressions;
using RoleBot.Content.Knowledge;
using RoleBot.Knowledge;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Knowledge;

public partial class ShippedKnowledgeBaseTests
{
    private static readonly string[] RequiredRoles =
    [
        "chair-of-the-board", "ceo", "president", "coo", "cfo", "cto", "cio", "cmo", "chro",
        "evp", "svp", "vice-president", "avp", "senior-director", "director", "head-of-department",
        "general-manager", "regional-manager", "senior-manager", "manager", "supervisor", "team-lead",
        "project-coordinator", "project-manager", "senior-project-manager", "program-manager", "portfolio-manager", "head-of-pmo",
        "operations-manager", "director-of-operations", "vp-of-operations", "product-manager", "senior-product-manager",
        "analyst", "associate", "specialist", "intern", "management-consultant",
    ];

    private static readonly (string, string)[] RequiredComparisons =
    [
        ("project-manager", "operations-manager"), ("program-manager", "operations-manager"), ("general-manager", "vice-president"),
        ("coo", "general-manager"), ("operations-manager", "general-manager"), ("project-manager", "program-manager"),
        ("ceo", "coo"), ("director", "vice-president"), ("ceo", "president"), ("product-manager", "project-manager"),
        ("vice-president", "svp"), ("manager", "director"), ("chair-of-the-board", "ceo"), ("cfo", "coo"),
    ];

    private static readonly string[] RequiredFaqs =
    [
        "highest-project-management-credential", "call-yourself-project-manager", "interview-operations-manager",
        "who-qualifies-operations-manager", "position-higher-than-manager", "highest-position-in-company",
    ];

    [GeneratedRegex(@"^\d{3}_[0-9a-f]{16}\.txt$")]
    private static partial Regex DocumentFileName();

    private static KnowledgeBase Kb => ShippedKnowledgeBase.Instance;

    [Fact]
    public void LoadsWithAtLeastFortyFiveRoles() => Assert.True(Kb.Roles.Count >= 45, $"only {Kb.Roles.Count} roles");

    [Fact]
    public void HasEveryRequiredRole() => Assert.All(RequiredRoles, id => Assert.NotNull(Kb.FindRole(id)));

    [Fact]
    public void HasEveryRequiredCuratedComparisonInEitherOrder()
    {
        Assert.True(Kb.Comparisons.Count >= 14);
        Assert.All(RequiredComparisons, pair =>
        {
            var forward = Kb.FindCuratedComparison(pair.Item1, pair.Item2);
            var backward = Kb.FindCuratedComparison(pair.Item2, pair.Item1);
            Assert.NotNull(forward);
            Assert.NotNull(backward);
            Assert.Equal(pair.Item1, forward.First);
            Assert.Equal(pair.Item1, backward!.Second);
            Assert.False(forward.Generated);
        });
    }

    [Fact]
    public void HasEveryRequiredFaqWithSeveralExamples() =>
        Assert.All(RequiredFaqs, id => Assert.True(Kb.FindFaq(id) is { Examples.Count: >= 3 }, $"FAQ '{id}' missing or with fewer than 3 examples"));

    [Fact]
    public void EveryRoleCitesASourceAndHasResponsibilitiesAndSkills() => Assert.All(Kb.Roles, role =>
    {
        Assert.NotEmpty(role.Sources);
        Assert.NotEmpty(role.Responsibilities);
        Assert.NotEmpty(role.Skills);
    });

    // The documents themselves live outside the repository; .ci/steps/kb-documents.sh checks them with
    // "validate-kb --documents". Here: each file is a repository file that exists, or a plain document name.
    [Fact]
    public void EverySourceFileIsARepositoryFileOrADocumentName() => Assert.All(Kb.Sources, source =>
    {
        if (SourceDocumentsCheck.IsRepositoryPath(source.File))
        {
            Assert.True(File.Exists(Path.Combine(KnowledgeTestPaths.RepoRoot, source.File)), $"source '{source.Id}' points at missing {source.File}");
        }
        else
        {
            Assert.Matches(DocumentFileName(), source.File);
        }
    });

    // The quotes themselves are checked against the documents in CI (kb-documents); this needs no documents folder.
    [Fact]
    public void EveryStatementCitingADocumentQuotesIt()
    {
        var statements = Kb.Roles.Select(r => ($"role {r.Id}", r.Sources, r.Evidence))
            .Concat(Kb.Comparisons.Select(c => ($"comparison {c.First}/{c.Second}", c.Sources, c.Evidence)))
            .Concat(Kb.Faqs.Select(f => ($"FAQ {f.Id}", f.Sources, f.Evidence)));
        var unquoted = statements
            .SelectMany(s => s.Sources
                .Where(id => Kb.FindSource(id)?.IsDocument == true && !s.Evidence.Any(e => e.Source == id))
                .Select(id => $"{s.Item1} cites {id}"))
            .ToList();

        Assert.Empty(unquoted);
        Assert.True(Kb.Roles.Sum(r => r.Evidence.Count) + Kb.Comparisons.Sum(c => c.Evidence.Count) + Kb.Faqs.Sum(f => f.Evidence.Count) >= 100);
    }

    [Fact]
    public void PmIsAmbiguousBetweenProjectProductAndProgramManager()
    {
        var pm = Assert.Single(Kb.AmbiguousAliases, a => a.Alias == "PM");
        Assert.Equal(["project-manager", "product-manager", "program-manager"], pm.Roles);
        Assert.DoesNotContain(Kb.Roles, r => r.Abbreviations.Contains("PM"));
    }

    [Fact]
    public void DisciplinePhrasesNameTheirRoles()
    {
        Assert.Contains("project management", ShippedKnowledgeBase.Role("project-manager").Aliases);
        Assert.Contains("operations management", ShippedKnowledgeBase.Role("operations-manager").Aliases);
        Assert.Contains("GM", ShippedKnowledgeBase.Role("general-manager").Abbreviations);
        Assert.Contains("VP", ShippedKnowledgeBase.Role("vice-president").Abbreviations);
    }

    [Fact]
    public void LadderIsDocumentedAndOrderedHighestFirst()
    {
        Assert.All(Kb.Ladder, l => Assert.False(string.IsNullOrWhiteSpace(l.Description)));
        Assert.Equal(Kb.Ladder.OrderByDescending(l => l.Level).Select(l => l.Level), Kb.Ladder.Select(l => l.Level));
        Assert.True(ShippedKnowledgeBase.Role("ceo").Level > ShippedKnowledgeBase.Role("coo").Level);
    }

    [Fact]
    public void OperationsManagerCarriesTheSeedInterviewQuestions() =>
        Assert.Contains("What is your experience with logistics management?", ShippedKnowledgeBase.Role("operations-manager").InterviewQuestions);
}
