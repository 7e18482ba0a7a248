using System.Text;
using RoleBot.Answers;
using RoleBot.Answers.Documents;
using RoleBot.Cards.Model;
using RoleBot.Cards.Rendering;
using RoleBot.Channels.Slack;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Ranking;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Cards.Rendering;

// Every card the shipped knowledge base can produce stays within limits; a selection is written out for CI.
public class KnowledgeBaseCardTests
{
    private static KnowledgeBase Kb => ShippedKnowledgeBase.Instance;

    private static AnswerDocuments Documents => CardTestContent.Documents;

    [Fact]
    public void RendersEveryRoleInEveryFocusWithinLimits()
    {
        var documents = Kb.Roles.SelectMany(role => Enum.GetValues<RoleFocus>().Select(focus => Documents.Describe(AnswerMapper.Describe(role, Kb, focus))));

        AssertAllWithinLimits("kb-role", documents);
    }

    [Fact]
    public void RendersEveryCareerPathWithinLimits()
    {
        var advisor = new CareerAdvisor(ShippedKnowledgeBase.Provider);
        var documents = Kb.Roles.SelectMany(role => new[]
        {
            Documents.CareerPath(AnswerMapper.Career(role, CareerDirection.Next, advisor.NextSteps(role), Kb)),
            Documents.CareerPath(AnswerMapper.Career(role, CareerDirection.Higher, advisor.HigherThan(role), Kb)),
        });

        AssertAllWithinLimits("kb-career", documents);
    }

    [Fact]
    public void RendersEveryCuratedAndGeneratedComparisonWithinLimits()
    {
        var comparer = new RoleComparer(ShippedKnowledgeBase.Provider, new RoleRanker(ShippedKnowledgeBase.Provider));
        var generated = Kb.Roles.Take(12).Zip(Kb.Roles.Skip(12).Take(12), comparer.Compare);

        AssertAllWithinLimits("kb-compare", Kb.Comparisons.Concat(generated).Select(c => Documents.Compare(AnswerMapper.Compare(c, Kb))));
    }

    [Fact]
    public void RendersEveryFaqWithinLimits()
    {
        AssertAllWithinLimits("kb-faq", Kb.Faqs.Select(f => Documents.Faq(AnswerMapper.Faq(f, Kb))));
    }

    [Fact]
    public void RendersEveryRankVerdictWithinLimits()
    {
        var ranker = new RoleRanker(ShippedKnowledgeBase.Provider);
        var documents = Kb.Roles.SelectMany(a => Kb.Roles.Where(b => b.Id != a.Id).Select(b => Documents.Rank(AnswerMapper.Rank(ranker.Compare(a, b), Kb))));

        AssertAllWithinLimits("kb-rank", documents);
    }

    // answers.json words the rank card; a generated comparison summarises with the same verdict: they must agree.
    [Fact]
    public void WordsEveryVerdictExactlyAsTheKnowledgeBaseDoes()
    {
        var ranker = new RoleRanker(ShippedKnowledgeBase.Provider);
        var comparer = new RoleComparer(ShippedKnowledgeBase.Provider, ranker);
        var pairs = Kb.Roles.SelectMany(a => Kb.Roles.Where(b => b.Id != a.Id).Select(b => (a, b)))
            .Where(p => Kb.FindCuratedComparison(p.a.Id, p.b.Id) is null);

        Assert.All(pairs, p => Assert.Equal(
            Documents.Rank(AnswerMapper.Rank(ranker.Compare(p.a, p.b), Kb)).Lead,
            Documents.Compare(AnswerMapper.Compare(comparer.Compare(p.a, p.b), Kb)).Lead));
    }

    [Fact]
    public void StatesGeneralManagerVersusVicePresidentFromTheKnowledgeBase()
    {
        var ranker = new RoleRanker(ShippedKnowledgeBase.Provider);
        var verdict = ranker.Compare(Role("vice-president"), Role("general-manager"));

        var document = Documents.Rank(AnswerMapper.Rank(verdict, Kb));
        var card = CardTestContent.Cards.Render(document);
        CardOutput.Write("kb-rank-vp-vs-gm", card);

        Assert.Equal("A Vice President (VP) usually ranks above a General Manager (GM). A general manager of a large business unit can outrank some VPs, while a GM of one store or site is a site role.", document.Text);
        Assert.NotEmpty(document.Sources);
    }

    private static Role Role(string id) => ShippedKnowledgeBase.Role(id);

    // Checks every document; writes the largest card of the kind (and its Slack message) for the CI validators.
    private static void AssertAllWithinLimits(string kind, IEnumerable<AnswerDocument> documents)
    {
        var largest = (Size: 0, Card: (AdaptiveCard?)null, Document: (AnswerDocument?)null);
        var count = 0;
        foreach (var document in documents)
        {
            count++;
            var card = CardTestContent.Cards.Render(document);
            var size = Encoding.UTF8.GetByteCount(CardJson.Serialize(card));
            Assert.True(size <= AdaptiveCardRenderer.MaxBytes, $"{document.Title}: {size} bytes");
            Assert.Equal(document.Sections.Count, SectionsRendered(card, document));
            Assert.All(document.FollowUps, f => Assert.True(
                f.Title.Length <= DocumentLimits.ButtonChars && !f.Title.EndsWith('…'), $"{document.Title}: button '{f.Title}' is cut or too long"));
            var slack = CardTestContent.Slack.Render(document);
            Assert.InRange(slack.Blocks.Count, 1, SlackLimits.Blocks);
            if (size > largest.Size)
            {
                largest = (size, card, document);
            }
        }

        Assert.True(count > 0, $"no {kind} documents");
        CardOutput.Write($"{kind}-largest", largest.Card!);
        CardOutput.Write($"{kind}-largest", CardTestContent.Slack.Render(largest.Document!));
    }

    // No real entry may lose a section to the size guard: headings of every section must be on the card.
    private static int SectionsRendered(AdaptiveCard card, AnswerDocument document)
    {
        var json = CardJson.Serialize(card);
        return document.Sections.Count(s => s.Heading is null || json.Contains(System.Text.Json.JsonSerializer.Serialize(s.Heading, CardJson.Options), StringComparison.Ordinal));
    }
}
