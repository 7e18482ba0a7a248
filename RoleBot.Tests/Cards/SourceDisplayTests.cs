using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Answers;
using RoleBot.Answers.Documents;
using RoleBot.Cards.Model;
using RoleBot.Channels.Slack;
using RoleBot.Channels.Teams.Search;
using RoleBot.Protocol;
using RoleBot.Tests.Channels.Slack.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Cards;

// Users see a source by its title, linked when it has a url; file names, repository paths and source ids stay
// with the authors. Checked on every reply the shipped knowledge base can produce, on every channel.
public class SourceDisplayTests
{
    private const string PmiUrl = "https://www.pmi.org/certifications";
    private const string PmiTitle = "RoleBot editorial notes: project management credentials offered by PMI";

    private static readonly string[] Channels = ["webchat", "msteams", ChannelIds.Slack];

    public static TheoryData<string> Kinds => [.. AnswerDocumentSet.Kinds];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void NoReplyShowsAnInternalName(string kind)
    {
        var fragments = InternalNames();
        var problems = new List<string>();
        var documents = AnswerDocumentSet.Of(kind, ShippedKnowledgeBase.Instance).ToList();
        foreach (var document in documents)
        {
            foreach (var channel in Channels)
            {
                foreach (var text in Shown(CardTestContent.Shaped(AnswerComposer.Compose(document), channel), channel))
                {
                    problems.AddRange(fragments
                        .Where(f => text.Contains(f.Fragment, StringComparison.OrdinalIgnoreCase))
                        .Select(f => $"{channel} '{document.Title}' shows {f.Why} ('{f.Fragment}') in: {text}"));
                }
            }
        }

        Assert.NotEmpty(documents);
        Assert.True(problems.Count == 0, $"{problems.Count} problems, first ones:\n{string.Join('\n', problems.Distinct().Take(10))}");
    }

    [Fact]
    public void ShownTextFindsSourcesButNotPayloadsOrLinkTargets()
    {
        var document = CardTestContent.Documents.Faq(new FaqAnswer("faq", "Question?", "Answer.")
        {
            Sources = [new Citation("Notes seed.txt", new Uri("https://example.org/a.md")), new Citation("dialogs/x")],
        });

        foreach (var channel in Channels)
        {
            var shown = Shown(CardTestContent.Shaped(AnswerComposer.Compose(document), channel), channel).ToList();
            Assert.Contains(shown, t => t.Contains("Notes seed.txt", StringComparison.Ordinal));
            Assert.Contains(shown, t => t.Contains("dialogs/x", StringComparison.Ordinal));
            Assert.DoesNotContain(shown, t => t.Contains("a.md", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void SourceWithAUrlIsAMarkdownLinkOnTheCard()
    {
        var lines = CardSources(Faq("highest-project-management-credential"));

        Assert.Contains($"• [{PmiTitle}]({PmiUrl})", lines);
        Assert.Contains("• Q&A: Project manager vs operations manager, GM vs VP and other career questions", lines);
    }

    [Fact]
    public void SourceWithAUrlIsASlackLink()
    {
        var message = CardTestContent.Slack.Render(Faq("highest-project-management-credential"));

        var citations = message.Blocks.OfType<ContextBlock>().First().Elements.Select(e => e.Text).ToList();
        Assert.Contains($"<{PmiUrl}|{PmiTitle}>", citations);
        Assert.Contains("Q&amp;A: Project manager vs operations manager, GM vs VP and other career questions", citations);
    }

    [Fact]
    public void LinkLabelsCannotBreakOutOfTheLink()
    {
        var document = CardTestContent.Documents.Faq(new FaqAnswer("faq", "Question?", "Answer.")
        {
            Sources = [new Citation("Guide [v2] | R&D <team>", new Uri("https://example.org/guide(1)?a=1&b=2"))],
        });

        Assert.Contains("• [Guide (v2) | R&D <team>](https://example.org/guide%281%29?a=1&b=2)", CardSources(document));
        var slack = CardTestContent.Slack.Render(document).Blocks.OfType<ContextBlock>().First().Elements.Single().Text;
        Assert.Equal("<https://example.org/guide(1)?a=1&amp;b=2|Guide [v2] / R&amp;D &lt;team&gt;>", slack);
    }

    [Fact]
    public void OnlyHttpsUrlsBecomeLinks()
    {
        var document = CardTestContent.Documents.Faq(new FaqAnswer("faq", "Question?", "Answer.")
        {
            Sources = [new Citation("Plain web", new Uri("http://example.org/x")), new Citation("Script", new Uri("javascript:alert(1)"))],
        });

        Assert.Equal(["• Plain web", "• Script"], CardSources(document));
        Assert.Equal(["Plain web", "Script"], CardTestContent.Slack.Render(document).Blocks.OfType<ContextBlock>().First().Elements.Select(e => e.Text));
    }

    private static AnswerDocument Faq(string id) =>
        CardTestContent.Documents.Faq(AnswerMapper.Faq(ShippedKnowledgeBase.Instance.FindFaq(id)!, ShippedKnowledgeBase.Instance));

    private static List<string> CardSources(AnswerDocument document) =>
        [.. CardJsonWalker.OfType(JsonNode.Parse(CardJson.Serialize(CardTestContent.Cards.Render(document))), "TextBlock")
            .Select(t => t["text"]!.GetValue<string>())
            .Where(t => t.StartsWith("• ", StringComparison.Ordinal))];

    // The reply as the channel receives it, plus for Teams the message-extension search result built from it.
    private static IEnumerable<string> Shown(Activity reply, string channel)
    {
        var shown = ShownText.Of(JsonSerializer.SerializeToNode(reply, ActivityJson.Options));
        return channel == "msteams"
            ? shown.Concat(SearchAttachments.From(reply).SelectMany(a => new[] { a.Preview.Content.Title, a.Preview.Content.Text }))
            : shown;
    }

    private static List<(string Fragment, string Why)> InternalNames() =>
        [.. JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cards", "TestData", "internal-names.json")))!.AsArray()
            .Select(n => ((string)n!["fragment"]!, (string)n["why"]!))];
}
