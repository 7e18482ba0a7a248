using RoleBot.Content.LanguageUnderstanding;
using RoleBot.Tests.Support;
using RoleBot.Understanding.Search;

namespace RoleBot.Tests.Understanding.Search;

public sealed class PassageIndexTests
{
    private static readonly Lazy<PassageIndex> Shipped = new(() =>
        new PassageIndex(ShippedKnowledgeBase.Instance, NluContentReader.Read(TestRecognizer.ContentFolder).Synonyms));

    [Theory]
    [InlineData("is project management ongoing or temporary", "comparison/project-manager/operations-manager/dimensions[2]")]
    [InlineData("which industries have ops managers", "comparison/operations-manager/general-manager/dimensions[3]")]
    [InlineData("does every company have a COO", "role/coo/caveats[0]")]
    public void FindsThePassageThatCoversTheQuestion(string question, string passageId)
    {
        var hits = Shipped.Value.Search(question, 12);

        Assert.Equal(passageId, hits[0].Passage.Id);
        Assert.Equal(1, hits[0].Coverage, 3);
    }

    [Theory]
    [InlineData("how much does a project manager earn")]
    [InlineData("what is the weather in paris")]
    public void WordsTheKnowledgeBaseNeverUsesKeepCoverageLow(string question)
    {
        var hits = Shipped.Value.Search(question, 12);

        Assert.All(hits, h => Assert.True(h.Coverage < new PassageSearchOptions().AnswerThreshold, $"{h.Passage.Id} {h.Coverage}"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("the of and")]
    [InlineData("asdf qwer zxcv")]
    public void FindsNothingWithoutAWordTheKnowledgeBaseUses(string question)
    {
        Assert.DoesNotContain(Shipped.Value.Search(question, 12), h => h.Coverage > 0);
    }

    [Fact]
    public void AQuestionAskedAgainFindsTheSameHitsWithTheSameScores()
    {
        // The second search reuses where each word sits in the index; nothing it finds or scores may change.
        using var index = new PassageIndex(ShippedKnowledgeBase.Instance, NluContentReader.Read(TestRecognizer.ContentFolder).Synonyms);
        var first = index.Search("does a project manager have a budget", 12).Select(h => (h.Passage.Id, h.Score, h.Coverage)).ToList();
        index.Search("who runs a factory", 12);
        var second = index.Search("does a project manager have a budget", 12).Select(h => (h.Passage.Id, h.Score, h.Coverage)).ToList();

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void AWordNoPassageUsesLowersCoverageButFindsTheSamePassages()
    {
        var plain = Shipped.Value.Search("is project management ongoing or temporary", 12);
        var withUnknown = Shipped.Value.Search("is project management ongoing or temporary qwertyuiop", 12);

        Assert.Equal(plain.Select(h => h.Passage.Id), withUnknown.Select(h => h.Passage.Id));
        Assert.True(withUnknown[0].Coverage < plain[0].Coverage);
    }

    [Fact]
    public void ShortFormsFromTheSynonymListsFindTheFullWords()
    {
        var hits = Shipped.Value.Search("ops mgr stakeholders", 12);

        Assert.Equal("comparison/project-manager/operations-manager/dimensions[4]", hits[0].Passage.Id);
    }

    [Fact]
    public void IndexesEveryRoleComparisonAndFaq()
    {
        var kb = ShippedKnowledgeBase.Instance;
        var ids = PassageCatalog.From(kb).Select(p => p.Id).ToHashSet();

        Assert.All(kb.Roles, r => Assert.Contains($"role/{r.Id}/description", ids));
        Assert.All(kb.Faqs, f => Assert.Contains($"faq/{f.Id}", ids));
        Assert.All(kb.Comparisons, c => Assert.Contains($"comparison/{c.First}/{c.Second}/summary", ids));
        Assert.Equal(ids.Count, Shipped.Value.Count);
    }
}
