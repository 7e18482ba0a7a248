using System.Text.Json.Nodes;
using RoleBot.Cards.Actions;
using RoleBot.Cards.Model;

namespace RoleBot.Tests.Cards.Model;

public class CardModelTests
{
    private static JsonObject Serialize(params CardElement[] body) =>
        CardJson.ToJsonObject(new AdaptiveCard { Body = body, FallbackText = "x" });

    [Fact]
    public void WritesTypeFirstAndOmitsNullsAndEmptyLists()
    {
        var json = Serialize(new TextBlock("hi"));

        Assert.Equal("""{"type":"AdaptiveCard","$schema":"https://adaptivecards.io/schemas/1.5.0/adaptive-card.json","version":"1.5","body":[{"type":"TextBlock","text":"hi","wrap":true}],"fallbackText":"x","msteams":{"width":"Full"}}""",
            json.ToJsonString());
    }

    [Fact]
    public void WritesEnumsInSchemaSpelling()
    {
        var block = Serialize(new TextBlock("hi") { Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Spacing = Spacing.None })["body"]![0]!;

        Assert.Equal("extraLarge", (string?)block["size"]);
        Assert.Equal("bolder", (string?)block["weight"]);
        Assert.Equal("none", (string?)block["spacing"]);
    }

    [Fact]
    public void WritesColumnWeightsAsNumbersAndKeywordsAsStrings()
    {
        var columns = Serialize(new ColumnSet([
            new Column([new TextBlock("a")]) { Width = ColumnWidth.Weight(2) },
            new Column([new TextBlock("b")]) { Width = ColumnWidth.Auto },
            new Column([new TextBlock("c")]) { Width = ColumnWidth.Pixels(80) },
        ]))["body"]![0]!["columns"]!.AsArray();

        Assert.Equal("2", columns[0]!["width"]!.ToJsonString());
        Assert.Equal("\"auto\"", columns[1]!["width"]!.ToJsonString());
        Assert.Equal("\"80px\"", columns[2]!["width"]!.ToJsonString());
    }

    [Fact]
    public void GivesExecuteActionsASubmitFallbackWithTheSameData()
    {
        var data = CardPayload.Career("ceo").ToJson();

        var json = CardJson.ToJsonObject(new AdaptiveCard { FallbackText = "x", Actions = [ExecuteAction.WithSubmitFallback("Next", "rolebot.career", data)] });

        var action = json["actions"]![0]!;
        Assert.Equal("Action.Execute", (string?)action["type"]);
        Assert.Equal("rolebot.career", (string?)action["verb"]);
        Assert.Equal("Action.Submit", (string?)action["fallback"]!["type"]);
        Assert.True(JsonNode.DeepEquals(action["data"], action["fallback"]!["data"]));
    }

    [Fact]
    public void WritesTheTableHeaderFlagTheRenderersRead()
    {
        var table = Serialize(new Table([new TableColumnDefinition(1)], [new TableRow([new TableCell([new TextBlock("h")])])]))["body"]![0]!;

        Assert.True((bool?)table["firstRowAsHeaders"]);
        Assert.Equal("TableCell", (string?)table["rows"]![0]!["cells"]![0]!["type"]);
    }
}
