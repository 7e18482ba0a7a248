using System.Text.Json;
using RoleBot.Answers;
using RoleBot.Answers.Documents;
using RoleBot.Channels.Slack;
using RoleBot.Content.Knowledge;
using RoleBot.Knowledge;
using RoleBot.Tests.Channels.Slack.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Slack;

// Every answer the shipped knowledge base can give, and every answer a hostile one can give (3000+ character texts,
// names with <!channel>, &, <https://evil|x> and *_~, emoji at the cut points, 30 sources), keeps every Block Kit
// limit and escaping rule on the wire. The largest message of each kind is written out for CI.
public class SlackAnswerLimitTests
{
    private const string HostileMention = " <!channel> & <https://evil.example|x> *_~ 😀";

    private static readonly Lazy<KnowledgeBase> Hostile = new(() => KnowledgeBaseLoader.LoadFile(
        Path.Combine(AppContext.BaseDirectory, "Channels", "Slack", "TestData", "hostile.kb.json")));

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var kb in new[] { "shipped", "hostile" })
        {
            foreach (var kind in AnswerDocumentSet.Kinds)
            {
                cases.Add(kb, kind);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryAnswerKeepsEveryBlockKitLimitAndEscape(string kb, string kind)
    {
        var documents = AnswerDocumentSet.Of(kind, Kb(kb), kb == "hostile" ? HostileMention : "").ToList();
        var problems = new List<string>();
        var largest = (Length: 0, Message: (SlackMessage?)null);
        foreach (var document in documents)
        {
            var message = CardTestContent.Slack.Render(document);
            var json = SlackJson.ToChannelData(message);
            problems.AddRange(SlackLimitChecker.Check(json).Select(p => $"{document.Kind} '{document.Title}': {p}"));
            // Both renderings come from the same document, so the Adaptive Card must render it as well.
            Assert.NotNull(CardTestContent.Cards.Render(document));
            var length = json.GetRawText().Length;
            if (length > largest.Length)
            {
                largest = (length, message);
            }
        }

        Assert.NotEmpty(documents);
        Assert.True(problems.Count == 0, $"{problems.Count} problems, first ones:\n{string.Join('\n', problems.Take(15))}");
        CardOutput.Write($"{kb}-{kind}-largest", largest.Message!);
    }

    // One answer model, two renderings: what the Slack message says and offers is exactly what the card does.
    [Theory]
    [MemberData(nameof(SampleNames))]
    public void SlackAndTheCardShowTheSameAnswer(string name)
    {
        var document = CardSamples.Documents[name]();

        var slack = CardTestContent.Shaped(AnswerComposer.Compose(document), "slack");
        var teams = CardTestContent.Shaped(AnswerComposer.Compose(document), "msteams");

        Assert.Equal(SlackEscaping.Escape(document.Text), slack.Text);
        Assert.Equal(document.Text, teams.Text);
        var card = RoleBot.Cards.Model.CardJson.Serialize(CardTestContent.Cards.Render(document));
        var buttons = slack.ChannelData!.Value.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray()).ToList();
        // Every answer ends with its "Was this helpful?" pair, after the follow-ups, on both channels.
        IEnumerable<FollowUp> all = document.Vote is { } vote ? [.. document.FollowUps, vote.Yes, vote.No] : document.FollowUps;
        Assert.Equal(all.Select(f => f.Payload.ToJsonString()), buttons.Select(b => b.GetProperty("value").GetString()));
        Assert.All(all, f => Assert.Contains(JsonSerializer.Serialize(f.Title, RoleBot.Cards.Model.CardJson.Options), card, StringComparison.Ordinal));
    }

    public static TheoryData<string> SampleNames => CardSamples.Names;

    [Fact]
    public void HostileNamesReachSlackEscapedAndOtherwiseUnchanged()
    {
        var kb = Hostile.Value;
        var role = kb.Roles.Single(r => r.Name.StartsWith("R&D", StringComparison.Ordinal));

        var message = CardTestContent.Slack.Render(CardTestContent.Documents.Describe(RoleBot.Answers.AnswerMapper.Describe(role, kb)));
        var raw = SlackJson.ToChannelData(message).GetRawText();

        Assert.StartsWith("R&D <!channel> Lead", Assert.IsType<HeaderBlock>(message.Blocks[0]).Text.Text, StringComparison.Ordinal);
        Assert.Contains("R&amp;D &lt;!channel&gt; Lead", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("&#", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsFormattingCharactersAndEmojiAsTheyAre()
    {
        var kb = Hostile.Value;
        var role = kb.Roles.Single(r => r.Name.StartsWith("*Bold*", StringComparison.Ordinal));

        var message = CardTestContent.Slack.Render(CardTestContent.Documents.Describe(RoleBot.Answers.AnswerMapper.Describe(role, kb)));

        Assert.Contains("*Bold* _Italic_ ~Struck~ `Code` Manager", message.Text, StringComparison.Ordinal);
        var emoji = kb.Roles.Single(r => r.Name.StartsWith("Emoji", StringComparison.Ordinal));
        var header = (HeaderBlock)CardTestContent.Slack.Render(CardTestContent.Documents.Describe(RoleBot.Answers.AnswerMapper.Describe(emoji, kb))).Blocks[0];
        Assert.StartsWith("Emoji 👩‍💻 Engineer 🏳️‍🌈", header.Text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CutsAHeaderBeforeAnEmojiThatWouldStraddleTheLimit()
    {
        var kb = Hostile.Value;
        var role = kb.Roles.Single(r => r.Name.EndsWith(" Chief", StringComparison.Ordinal));

        var header = (HeaderBlock)CardTestContent.Slack.Render(CardTestContent.Documents.Describe(RoleBot.Answers.AnswerMapper.Describe(role, kb))).Blocks[0];

        Assert.InRange(header.Text.Text.Length, 140, SlackLimits.HeaderChars);
        Assert.EndsWith("…", header.Text.Text, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(header.Text.Text[^2]));
    }

    [Fact]
    public void TheCheckerCatchesWhatSlackWouldReject()
    {
        var tooMany = new SlackMessage("x", [.. Enumerable.Range(0, 51).Select(_ => (SlackBlock)new DividerBlock())]);
        var broken = new SlackMessage("a <!channel> & b", [
            new HeaderBlock(SlackText.Markdown(new string('h', 151))),
            new SectionBlock { Text = SlackText.Markdown("it&#39;s \ud83d"), Fields = [.. Enumerable.Range(0, 11).Select(_ => SlackText.Plain("f"))] },
            new ActionsBlock([new SlackButton(SlackText.Plain("b"), "same", "{}"), new SlackButton(SlackText.Plain(new string('b', 76)), "same", "{}")]),
        ]);

        var problems = SlackLimitChecker.Check(SlackJson.ToChannelData(broken));

        Assert.Contains(SlackLimitChecker.Check(SlackJson.ToChannelData(tooMany)), p => p.StartsWith("$.blocks: 51 items", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.text: unescaped '&'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.text: unescaped '<'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.blocks[0].text.type", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.blocks[0].text.text: 151 characters", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("HTML entity '&#39;'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("surrogate pair was cut", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.blocks[1].fields: 11 items", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'same' is not unique", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.blocks[2].elements[1].text.text: 76 characters", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("not a valid RoleBot payload", StringComparison.Ordinal));
    }

    private static KnowledgeBase Kb(string name) => name == "hostile" ? Hostile.Value : ShippedKnowledgeBase.Instance;
}
