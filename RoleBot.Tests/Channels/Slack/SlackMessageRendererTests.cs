using System.Text.Json;
using RoleBot.Cards.Actions;
using RoleBot.Channels.Slack;
using RoleBot.Tests.Channels.Slack.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Slack;

public class SlackMessageRendererTests
{
    public static TheoryData<string> Documents => CardSamples.Names;

    private static (SlackMessage Message, JsonElement Json) Render(string name)
    {
        var message = CardTestContent.Slack.Render(CardSamples.Documents[name]());
        CardOutput.Write(name, message);
        return (message, SlackJson.ToChannelData(message));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void KeepsEveryBlockKitLimit(string name)
    {
        var (message, json) = Render(name);

        Assert.Empty(SlackLimitChecker.Check(json));
        Assert.InRange(message.Blocks.Count, 1, SlackLimits.Blocks);
        Assert.InRange(message.Text.Length, 1, SlackLimits.MessageTextChars);
        foreach (var block in message.Blocks)
        {
            switch (block)
            {
                case HeaderBlock h:
                    Assert.Equal("plain_text", h.Text.Type);
                    Assert.InRange(h.Text.Text.Length, 1, SlackLimits.HeaderChars);
                    break;
                case SectionBlock s:
                    Assert.True(s.Text is not null || s.Fields is { Count: > 0 });
                    Assert.InRange(s.Text?.Text.Length ?? 1, 1, SlackLimits.SectionTextChars);
                    Assert.InRange(s.Fields?.Count ?? 0, 0, SlackLimits.Fields);
                    Assert.All(s.Fields ?? [], f => Assert.InRange(f.Text.Length, 1, SlackLimits.FieldChars));
                    break;
                case ContextBlock c:
                    Assert.InRange(c.Elements.Count, 1, SlackLimits.ContextElements);
                    break;
                case ActionsBlock a:
                    Assert.InRange(a.Elements.Count, 1, SlackLimits.ActionElements);
                    Assert.Equal(a.Elements.Count, a.Elements.Select(b => b.ActionId).Distinct().Count());
                    Assert.All(a.Elements, b =>
                    {
                        Assert.InRange(b.Text.Text.Length, 1, SlackLimits.ButtonTextChars);
                        Assert.InRange(b.Value.Length, 1, SlackLimits.ButtonValueChars);
                        Assert.True(CardPayloadParser.Parse(b.Value).IsValid);
                    });
                    break;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void WritesSnakeCaseBlockKitWithoutNulls(string name)
    {
        var json = Render(name).Json.GetRawText();

        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"blockId\"", json, StringComparison.Ordinal);
        Assert.Contains("\"blocks\":[", json, StringComparison.Ordinal);
        Assert.Contains("\"text\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowsAComparisonAsTwoFieldsPerAspect()
    {
        var (message, _) = Render("compare-pm-vs-ops");

        var rows = message.Blocks.OfType<SectionBlock>().Where(s => s.Fields is not null).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("*Focus*", rows[0].Text!.Text);
        Assert.Equal("*Project Manager (PM)*\nOne project with a start and an end", rows[0].Fields![0].Text);
        Assert.Equal("*Operations Manager*\nDay-to-day processes with no end date", rows[0].Fields![1].Text);
    }

    [Fact]
    public void EscapesAmpersandAndAngleBracketsInKnowledgeText()
    {
        var answer = SampleAnswers.PmVsOps with { Summary = "R&D <!channel> <https://evil|click> leads" };

        var message = CardTestContent.Slack.Render(CardTestContent.Documents.Compare(answer));

        var lead = message.Blocks.OfType<SectionBlock>().First().Text!.Text;
        Assert.Equal("R&amp;D &lt;!channel&gt; &lt;https://evil|click&gt; leads", lead);
        Assert.DoesNotContain("<!channel>", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LinksOnlyHttpsSourcesAndKeepsLabelsInside()
    {
        var (message, _) = Render("rank-vp-over-gm");

        var citations = message.Blocks.OfType<ContextBlock>().First().Elements.Select(e => e.Text).ToList();
        Assert.Equal("<https://example.org/titles|Corporate titles overview>", citations[0]);
        Assert.Equal("Org chart guide", citations[1]);
    }

    [Theory]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<@U123>", "&lt;@U123&gt;")]
    [InlineData("it's \"fine\"", "it's \"fine\"")]
    public void EscapesOnlyTheThreeMrkdwnCharacters(string raw, string expected)
    {
        Assert.Equal(expected, SlackEscaping.Escape(raw));
    }

    [Fact]
    public void ClipsWithoutBreakingAnEscape()
    {
        var clipped = SlackEscaping.Clip("abc&amp;def", 6);

        Assert.Equal("abc…", clipped);
    }
}
