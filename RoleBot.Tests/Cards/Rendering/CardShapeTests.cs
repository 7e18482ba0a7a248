using System.Text;
using System.Text.Json.Nodes;
using RoleBot.Answers.Documents;
using RoleBot.Cards.Actions;
using RoleBot.Cards.Model;
using RoleBot.Cards.Rendering;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Cards.Rendering;

// The rules every card must keep (issue #4 §2), checked on every sample card; each card is also written out for CI.
public class CardShapeTests
{
    public static TheoryData<string> Cards => CardSamples.CardNames;

    private static JsonObject Render(string name)
    {
        var card = CardSamples.Card(name);
        CardOutput.Write(name, card);
        return CardJson.ToJsonObject(card);
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void DeclaresVersionFifteenAndFullWidth(string name)
    {
        var json = Render(name);

        Assert.Equal("AdaptiveCard", (string?)json["type"]);
        Assert.Equal("1.5", (string?)json["version"]);
        Assert.Equal("Full", (string?)json["msteams"]?["width"]);
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void WrapsEveryTextBlock(string name)
    {
        var blocks = CardJsonWalker.OfType(Render(name), "TextBlock").ToList();

        Assert.NotEmpty(blocks);
        Assert.All(blocks, b => Assert.True((bool?)b["wrap"], $"TextBlock '{b["text"]}' does not wrap"));
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void HasFallbackTextAndSpeak(string name)
    {
        var json = Render(name);

        Assert.False(string.IsNullOrWhiteSpace((string?)json["fallbackText"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)json["speak"]));
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void SendsObjectDataThatParsesBack(string name)
    {
        var actions = CardJsonWalker.OfType(Render(name), "Action.Submit")
            .Concat(CardJsonWalker.OfType(Render(name), "Action.Execute")).ToList();

        Assert.All(actions, a =>
        {
            var data = Assert.IsType<JsonObject>(a["data"]);
            var parsed = CardPayloadParser.Parse(data.ToJsonString());
            Assert.True(parsed.IsValid, parsed.Rejection);
        });
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void StaysUnderTwentyEightKilobytes(string name)
    {
        var bytes = Encoding.UTF8.GetByteCount(CardJson.Serialize(CardSamples.Card(name)));

        Assert.InRange(bytes, 1, AdaptiveCardRenderer.MaxBytes);
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void GivesEveryTableAColumnSetFallbackAndHeaderRow(string name)
    {
        foreach (var table in CardJsonWalker.OfType(Render(name), "Table"))
        {
            Assert.True((bool?)table["firstRowAsHeaders"]);
            Assert.Null(table["firstRowAsHeader"]);
            var fallback = Assert.IsType<JsonObject>(table["fallback"]);
            Assert.NotEmpty(CardJsonWalker.OfType(fallback, "ColumnSet"));
            Assert.Empty(CardJsonWalker.OfType(fallback, "Table"));
        }
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void KeepsTopLevelActionsWithinTeamsLimit(string name)
    {
        var actions = Render(name)["actions"]?.AsArray() ?? [];

        Assert.InRange(actions.Count, 0, 5);
    }

    // Teams and the Agents Playground never wrap a button title: a long one sticks out of the card and is cut off.
    [Theory]
    [MemberData(nameof(Cards))]
    public void KeepsEveryButtonTitleOnOneLine(string name)
    {
        var titles = CardJsonWalker.Objects(Render(name))
            .Where(o => o["type"]?.GetValue<string>() is { } type && type.StartsWith("Action.", StringComparison.Ordinal))
            .Select(a => (string?)a["title"] ?? "").ToList();

        Assert.All(titles, t => Assert.InRange(t.Length, 1, DocumentLimits.ButtonChars));
    }

    // Each TextBlock is a separate Markdown document: "2. x" renders as "1. x" in Web Chat, "- x" differs by host.
    [Theory]
    [MemberData(nameof(Cards))]
    public void StartsNoTextBlockWithMarkdownListSyntax(string name)
    {
        var texts = CardJsonWalker.OfType(Render(name), "TextBlock").Select(b => (string?)b["text"] ?? "");

        Assert.All(texts, t => Assert.DoesNotMatch(@"^\s*(\d+[.)]|[-*+])\s", t));
    }

    [Theory]
    [InlineData("clarify-hostile-mention")]
    [InlineData("cannot-hostile")]
    public void NeverEchoesUserMarkupOrLinks(string name)
    {
        var json = CardJson.Serialize(CardSamples.Card(name));

        Assert.DoesNotContain("<script", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!channel>", json, StringComparison.Ordinal);
        Assert.DoesNotContain("](http", json, StringComparison.Ordinal);
        Assert.DoesNotContain("*PM*", json, StringComparison.Ordinal);
        Assert.Contains("script alert 1 script", json, StringComparison.Ordinal);
    }
}
