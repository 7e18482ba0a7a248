using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using System.Text.Json;
using System.Text.RegularExpressions;
using RoleBot.Answers;
using RoleBot.Answers.Documents;
using RoleBot.Content;
using RoleBot.Content.Dialogs;
using RoleBot.Dialogs.Answering;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Ranking;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Answers.Documents;

// Every answer the shipped knowledge base can give, rendered and read the way a careful HR colleague would:
// rules in TestData/language-rules.json, applied to every role (each focus), every ordered pair (rank and compare)
// and every FAQ.
public class AnswerLanguageTests
{
    private static KnowledgeBase Kb => ShippedKnowledgeBase.Instance;

    private static readonly VerdictExplainer Explainer = new(new DialogContentStore(
        new ConfigurationBuilder().AddInMemoryCollection([new(ContentPaths.ContentRootKey, CardTestContent.RepoRoot)]).Build(),
        NullLogger<DialogContentStore>.Instance,
        TimeProvider.System));

    public static TheoryData<string> Rules()
    {
        var data = new TheoryData<string>();
        foreach (var rule in LoadRules())
        {
            data.Add(rule.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void NoAnswerBreaksTheRule(string name)
    {
        var rule = LoadRules().Single(r => r.Name == name);
        var pattern = new Regex(rule.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        var offending = AllAnswers()
            .SelectMany(a => Texts(a.Document).Select(text => (a.What, Text: text)))
            .Where(t => pattern.IsMatch(t.Text))
            .Select(t => $"{t.What}: \"{pattern.Match(t.Text).Value}\" in {t.Text}")
            .Distinct()
            .Take(10)
            .ToList();

        Assert.True(offending.Count == 0, string.Join(Environment.NewLine, offending));
    }

    [Fact]
    public void NoRoleIsComparedWithItselfByName()
    {
        var ranker = new RoleRanker(ShippedKnowledgeBase.Provider);
        var offending = Kb.Roles
            .Select(r => CardTestContent.Documents.Rank(AnswerMapper.Rank(ranker.Compare(r, r), Kb)))
            .Where(d => Regex.Matches(d.Lead, Regex.Escape(d.Title?.Split(" vs ")[0] ?? "\u0000")).Count > 1)
            .Select(d => d.Lead)
            .ToList();

        Assert.Empty(offending);
    }

    private static IEnumerable<(string What, AnswerDocument Document)> AllAnswers()
    {
        var documents = CardTestContent.Documents;
        var ranker = new RoleRanker(ShippedKnowledgeBase.Provider);
        var comparer = new RoleComparer(ShippedKnowledgeBase.Provider, ranker);
        var roles = Kb.Roles.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        foreach (var role in roles)
        {
            foreach (var focus in Enum.GetValues<RoleFocus>())
            {
                yield return ($"{role.Id} ({focus})", documents.Describe(AnswerMapper.Describe(role, Kb, focus)));
            }
        }

        foreach (var first in roles)
        {
            foreach (var second in roles.Where(r => r != first))
            {
                var verdict = ranker.Compare(first, second);
                yield return ($"rank {first.Id}/{second.Id}", documents.Rank(AnswerMapper.Rank(verdict, Kb)));
                // "why?" after a verdict: the explanation is shown on the rank card.
                yield return ($"why {first.Id}/{second.Id}", documents.Rank(AnswerMapper.Rank(verdict, Kb) with { Explanation = Explainer.Explain(verdict, Kb) }));
                yield return ($"compare {first.Id}/{second.Id}", documents.Compare(AnswerMapper.Compare(comparer.Compare(first, second), Kb)));
            }
        }

        foreach (var faq in Kb.Faqs.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            yield return ($"faq {faq.Id}", documents.Faq(AnswerMapper.Faq(faq, Kb)));
        }
    }

    private static IEnumerable<string> Texts(AnswerDocument document) =>
        new[] { document.Text, document.Lead, document.Title ?? "" }
            .Concat(document.Sections.SelectMany(s => s switch
            {
                ParagraphSection p => [p.Text],
                ListSection l => l.Items,
                _ => Array.Empty<string>(),
            }))
            .Concat(document.Sources.Select(s => s.Title))
            .Where(t => t.Length > 0);

    private sealed record Rule(string Name, string Pattern);

    private static IReadOnlyList<Rule> LoadRules() =>
        JsonSerializer.Deserialize<List<Rule>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Answers", "Documents", "TestData", "language-rules.json")),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
}
