using System.Text;
using RoleBot.Answers.Documents;
using RoleBot.Cards.Model;
using RoleBot.Cards.Rendering;

namespace RoleBot.Tests.Cards.Rendering;

public sealed class AdaptiveCardRendererTests
{
    private static readonly AdaptiveCardRenderer Renderer = new(CardRenderOptions.Default);

    [Fact]
    public void DropsTrailingSectionsUntilTheCardFits()
    {
        var rendered = Renderer.Render(Document(new string('x', 9_000), 5), null);

        Assert.InRange(rendered.Json.Length, 1, AdaptiveCardRenderer.MaxBytes);
        Assert.Equal(["s0", "s1", "s2"], Headings(rendered.Card));
    }

    [Fact]
    public void CountsNonAsciiTextAsTheWireEscapesIt()
    {
        // 4,000 "·" are 8,000 bytes readable but 24,000 escaped ("\u00B7"): two sections fit readable, one on the wire.
        var rendered = Renderer.Render(Document(new string('·', 4_000), 2), null);

        Assert.Equal(["s0"], Headings(rendered.Card));
        Assert.Contains("\\u00B7", Encoding.UTF8.GetString(rendered.Json), StringComparison.Ordinal);
    }

    [Fact]
    public void ChecksTheSizeOfTheCardTheChannelSends()
    {
        var padding = new TextBlock(new string('y', 12_000));
        var rendered = Renderer.Render(Document(new string('x', 6_000), 3), card => card with { Body = [.. card.Body, padding] });

        Assert.InRange(rendered.Json.Length, 1, AdaptiveCardRenderer.MaxBytes);
        Assert.Equal(["s0", "s1"], Headings(rendered.Card));
        Assert.Same(padding, rendered.Card.Body[^1]);
        Assert.Equal(CardJson.Encode(rendered.Card), rendered.Json);
    }

    [Fact]
    public void KeepsEverySectionOfAnOrdinaryAnswer()
    {
        var document = Document("a short paragraph", 3);

        var rendered = Renderer.Render(document, null);

        Assert.Equal(["s0", "s1", "s2"], Headings(rendered.Card));
        Assert.Equal(CardJson.Serialize(Renderer.Render(document)), CardJson.Serialize(rendered.Card));
    }

    private static AnswerDocument Document(string text, int sections) => new("role", "An answer.", "The lead")
    {
        Sections = [.. Enumerable.Range(0, sections).Select(i => new ParagraphSection($"s{i}", text))],
    };

    private static string[] Headings(AdaptiveCard card) =>
        [.. Flatten(card.Body).OfType<TextBlock>().Select(t => t.Text).Where(t => t.Length == 2 && t[0] == 's')];

    private static IEnumerable<CardElement> Flatten(IEnumerable<CardElement> elements) =>
        elements.SelectMany(e => e is Container c ? Flatten(c.Items).Prepend(e) : [e]);
}
