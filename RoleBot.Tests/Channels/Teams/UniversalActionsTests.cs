using System.Text.Json.Nodes;
using RoleBot.Answers;
using RoleBot.Cards.Actions;
using RoleBot.Cards.Model;
using RoleBot.Channels.Teams;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Teams;

public class UniversalActionsTests
{
    public static TheoryData<string> Documents => CardSamples.Names;

    public static TheoryData<string> OtherChannels => ["webchat", "directline", "emulator", "slack", "test", ""];

    private static AdaptiveCard TeamsCard(string name)
    {
        var card = UniversalActions.ToExecute(CardTestContent.Cards.Render(CardSamples.Documents[name]()));
        CardOutput.Write("teams-" + name, card);
        return card;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void TeamsButtonsExecuteWithTheSubmitPayloadAsFallback(string name)
    {
        var json = CardJson.ToJsonObject(TeamsCard(name));
        var executes = CardJsonWalker.OfType(json, "Action.Execute").ToList();
        var submits = CardJsonWalker.OfType(json, "Action.Submit").ToList();

        Assert.Equal(executes.Count, submits.Count);
        Assert.All(executes, execute =>
        {
            var data = execute["data"]!.AsObject();
            Assert.True(CardPayloadParser.Parse(data.ToJsonString()).IsValid);
            Assert.Equal("rolebot." + (string?)data["action"], (string?)execute["verb"]);
            var fallback = execute["fallback"]!.AsObject();
            Assert.Equal("Action.Submit", (string?)fallback["type"]);
            Assert.Equal((string?)execute["title"], (string?)fallback["title"]);
            Assert.True(JsonNode.DeepEquals(data, fallback["data"]));
        });
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void TeamsCardMatchesWhatTheRendererWritesWithUniversalActionsOn(string name)
    {
        var universal = CardTestContent.UniversalCards.Render(CardSamples.Documents[name]());

        Assert.Equal(CardJson.Serialize(universal), CardJson.Serialize(TeamsCard(name)));
    }

    [Theory]
    [MemberData(nameof(OtherChannels))]
    public void OtherChannelsKeepActionSubmit(string channelId)
    {
        var document = CardSamples.Documents["rank-vp-over-gm"]();
        var submitCard = CardJson.Serialize(CardTestContent.Cards.Render(document));

        var reply = CardTestContent.Shaped(AnswerComposer.Compose(document), channelId);

        // Slack gets no card at all; every other channel gets the card exactly as the renderer wrote it.
        Assert.All(reply.Attachments ?? [], a =>
        {
            Assert.Equal(submitCard, a.Content!.ToJsonString(CardJson.Options));
            Assert.Empty(CardJsonWalker.OfType(a.Content!.AsObject(), "Action.Execute"));
        });
    }

    [Fact]
    public void ActionsInsideContainersColumnsTablesAndFallbacksAreConverted()
    {
        var payload = CardPayload.Career("project-manager").ToJson();
        var set = new ActionSet([new SubmitAction("Next", payload)]);
        var card = new AdaptiveCard
        {
            FallbackText = "nested",
            Body =
            [
                new Container([set]),
                new ColumnSet([new Column([set])]),
                new Table([new TableColumnDefinition(1)], [new TableRow([new TableCell([set])])]) { Fallback = new Container([set]) },
            ],
        };

        var json = CardJson.ToJsonObject(UniversalActions.ToExecute(card));
        CardOutput.Write("teams-nested-actions", UniversalActions.ToExecute(card));

        Assert.Equal(4, CardJsonWalker.OfType(json, "Action.Execute").Count());
        Assert.All(CardJsonWalker.OfType(json, "Action.Execute"), e => Assert.Equal("rolebot.career", (string?)e["verb"]));
    }

    [Fact]
    public void ForeignSubmitsAndOpenUrlsStayAsTheyAre()
    {
        var foreign = new SubmitAction("Other", new JsonObject { ["kind"] = "survey" });
        var unknownAction = new SubmitAction("Odd", new JsonObject { ["rolebot"] = "v1", ["action"] = "explode" });
        var open = new OpenUrlAction("Docs", new Uri("https://example.org/"));
        var card = new AdaptiveCard { FallbackText = "x", Actions = [foreign, unknownAction, open] };

        var converted = UniversalActions.ToExecute(card);

        Assert.Equal([foreign, unknownAction, open], converted.Actions);
    }

    [Fact]
    public void ComposerGivesTeamsExecuteAndWebChatSubmit()
    {
        var document = CardSamples.Documents["compare-pm-vs-ops"]();

        var teams = CardTestContent.Shaped(AnswerComposer.Compose(document), "msteams").Attachments![0].Content;
        var webChat = CardTestContent.Shaped(AnswerComposer.Compose(document), "webchat").Attachments![0].Content;

        Assert.NotEmpty(CardJsonWalker.OfType(teams, "Action.Execute"));
        Assert.Empty(CardJsonWalker.OfType(webChat, "Action.Execute"));
        Assert.NotEmpty(CardJsonWalker.OfType(webChat, "Action.Submit"));
    }
}
