using Microsoft.Extensions.Options;
using Moq;
using RoleBot.Content.Knowledge;
using RoleBot.Knowledge;
using RoleBot.Tests.Support;
using RoleBot.Understanding.Search;

namespace RoleBot.Tests.Understanding.Search;

public sealed class PassageSearchTests
{
    private static readonly IOptions<PassageSearchOptions> Defaults = Options.Create(new PassageSearchOptions());

    [Fact]
    public void RebuildsItsIndexWhenTheKnowledgeBaseIsReloaded()
    {
        var current = ShippedKnowledgeBase.Instance;
        var provider = new Mock<IKnowledgeBaseProvider>();
        provider.Setup(p => p.Current).Returns(() => current);
        var search = new PassageSearch(provider.Object, TestRecognizer.Content(), Defaults);
        var before = search.Index();

        Assert.NotNull(search.Search("does every company have a COO").Answer);
        Assert.Same(before, search.Index());

        current = TestKnowledge.FiveRoles();

        Assert.NotSame(before, search.Index());
        Assert.Same(current, search.Index().KnowledgeBase);
        Assert.Null(search.Search("does every company have a COO").Answer);
    }

    [Fact]
    public void OffersNearTopicsOnlyWhenNoPassageIsCloseEnoughToAnswer()
    {
        var search = new PassageSearch(ShippedKnowledgeBase.Provider, TestRecognizer.Content(), Defaults);

        var answered = search.Search("is project management ongoing or temporary");
        var near = search.Search("what kind of stakeholders does an ops manager work with");

        Assert.NotNull(answered.Answer);
        Assert.Empty(answered.Suggestions);
        Assert.Null(near.Answer);
        Assert.InRange(near.Suggestions.Count, 1, Defaults.Value.Suggestions);
        Assert.Contains(near.Suggestions, h => h.Passage.Id == "comparison/project-manager/operations-manager/dimensions[4]");
    }

    [Theory]
    [InlineData("who do they report to")]
    [InlineData("not helpful")]
    public void OneCommonWordIsNeverEnoughToAnswer(string question)
    {
        var search = new PassageSearch(ShippedKnowledgeBase.Provider, TestRecognizer.Content(), Defaults);

        Assert.Null(search.Search(question).Answer);
    }

    [Fact]
    public void PrefersThePassageAboutTheRoleTheQuestionNamesAmongEquallyCloseOnes()
    {
        var search = new PassageSearch(ShippedKnowledgeBase.Provider, TestRecognizer.Content(), Defaults);
        var results = search.Search("does a project manager have a budget");
        var named = results.Hits.First(h => h.Passage.RoleIds.SequenceEqual(["project-manager"]));
        var best = results.Hits[0];

        var about = results.About(["project-manager"]);

        Assert.Equal(best.Coverage, named.Coverage);
        Assert.NotEqual(named.Passage.Id, best.Passage.Id);
        Assert.Equal(named.Passage.Id, about.Answer?.Passage.Id);
        Assert.Same(results, results.About([]));
    }
}
