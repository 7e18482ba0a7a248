using System.Text.Json;
using RoleBot.Answers;
using RoleBot.Cards.Rendering;
using RoleBot.Channels;
using RoleBot.Channels.Emulator;
using RoleBot.Protocol;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels;

public class ChannelAdaptersTests
{
    public sealed record AdapterCase(string? ChannelId, string Adapter, string? Action);

    public static TheoryData<AdapterCase> Cases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Channels", "TestData", "channel-adapters.json");
        var cases = JsonSerializer.Deserialize<AdapterCase[]>(File.ReadAllText(path), JsonSerializerOptions.Web)!;
        return [.. cases];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachChannelIdGetsItsOwnAdapterAndUnknownOnesTheEmulators(AdapterCase @case)
    {
        Assert.Equal(@case.Adapter, CardTestContent.Channels.For(@case.ChannelId).GetType().Name);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void AnAnswerIsShapedOnceIntoTheChannelsFormatAndItsDraftNeverReachesTheWire(AdapterCase @case)
    {
        var reply = CardTestContent.Shaped(CardTestContent.Composer.Rank(SampleAnswers.VpOverGm), @case.ChannelId);

        Assert.Null(reply.Draft);
        var json = JsonSerializer.Serialize(reply, ActivityJson.Options);
        Assert.DoesNotContain("draft", json, StringComparison.OrdinalIgnoreCase);
        if (@case.Action is null)
        {
            Assert.Null(reply.Attachments);
            Assert.Contains("\"blocks\"", reply.ChannelData!.Value.GetRawText(), StringComparison.Ordinal);
        }
        else
        {
            var card = Assert.Single(reply.Attachments!).Content!;
            Assert.Equal(@case.Action, (string?)card["actions"]![0]!["type"]);
        }
    }

    [Fact]
    public void ShapingAnAlreadyShapedReplyChangesNothing()
    {
        foreach (var channelId in new[] { "msteams", "slack", "webchat", "emulator" })
        {
            var reply = CardTestContent.Shaped(CardTestContent.Composer.Help(), channelId);
            var once = JsonSerializer.Serialize(reply, ActivityJson.Options);

            CardTestContent.Channels.Shape(reply);

            Assert.Equal(once, JsonSerializer.Serialize(reply, ActivityJson.Options));
        }
    }

    [Fact]
    public void PlainTextRepliesLeaveCardChannelsAsTheyWere()
    {
        var reply = new Activity { Type = ActivityTypes.Message, Text = "R&D <b>", ChannelId = "msteams" };

        CardTestContent.Channels.Shape(reply);

        Assert.Equal("R&D <b>", reply.Text);
        Assert.Null(reply.Attachments);
        Assert.Null(reply.ChannelData);
    }

    [Fact]
    public void TwoAdaptersClaimingOneChannelIsAStartupError()
    {
        var cards = new CardReplies(CardTestContent.Cards);

        var error = Assert.Throws<InvalidOperationException>(() => new ChannelAdapters([new EmulatorAdapter(cards), new EmulatorAdapter(cards)]));

        Assert.Contains("'emulator'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAnEmulatorAdapterUnknownChannelsWouldHaveNoFormat()
    {
        Assert.Throws<InvalidOperationException>(() => new ChannelAdapters([]));
    }

    [Fact]
    public void TeamsAndWebChatReadTheWordsWithoutTheBotsMention()
    {
        var entities = JsonSerializer.Deserialize<List<JsonElement>>(
            """[{"type":"mention","mentioned":{"id":"28:bot","name":"RoleBot"},"text":"<at>RoleBot</at>"}]""");
        foreach (var channelId in new[] { "msteams", "webchat", "emulator" })
        {
            var activity = new Activity
            {
                Type = ActivityTypes.Message, ChannelId = channelId, Text = "<at>RoleBot</at> gm vs vp",
                Recipient = new ChannelAccount { Id = "28:bot" }, Entities = entities,
            };

            Assert.Equal(new InboundMessage("gm vs vp", null), CardTestContent.Channels.For(channelId).Read(activity));
        }
    }

    [Fact]
    public void SlackIgnoresMessagesFromBots()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message, ChannelId = "slack", Text = "gm vs vp",
            ChannelData = JsonSerializer.SerializeToElement(new { SlackMessage = new { @event = new { type = "message", text = "gm vs vp", bot_id = "B1" } } }),
        };

        Assert.Null(CardTestContent.Channels.For("slack").Read(activity));
    }

    [Fact]
    public void TheComposerWritesNoChannelFormat()
    {
        var reply = CardTestContent.Composer.Rank(SampleAnswers.VpOverGm);

        Assert.Null(reply.Attachments);
        Assert.Null(reply.ChannelData);
        Assert.NotNull(reply.Draft);
        Assert.Equal("plain", reply.TextFormat);
        Assert.Same(reply.Draft, AnswerComposer.Compose((RoleBot.Answers.Documents.AnswerDocument)reply.Draft!).Draft);
    }
}
