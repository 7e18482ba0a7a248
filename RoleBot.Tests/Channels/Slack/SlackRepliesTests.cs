using System.Text.Json;
using RoleBot.Channels.Slack;
using RoleBot.Protocol;
using RoleBot.Protocol.Turns;
using RoleBot.Tests.Channels.Slack.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Slack;

public class SlackRepliesTests
{
    private static Activity Reply(string? channelId, string? text = null) =>
        new() { Type = ActivityTypes.Message, ChannelId = channelId, Text = text, TextFormat = "plain" };

    [Fact]
    public void DrawsPlainTextAsEscapedBlockKit()
    {
        var reply = Reply("slack", "I don't know 'R&D <!channel>'.");

        SlackReplies.Shape(reply);

        Assert.Equal("I don't know 'R&amp;D &lt;!channel&gt;'.", reply.Text);
        Assert.Equal("markdown", reply.TextFormat);
        var channelData = reply.ChannelData!.Value;
        Assert.Empty(SlackLimitChecker.Check(channelData));
        Assert.Equal(reply.Text, channelData.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString());
    }

    [Fact]
    public void TurnsSuggestedActionsIntoButtonsAndDropsCards()
    {
        var reply = Reply("slack", "Which one?");
        reply.Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive" }];
        reply.SuggestedActions = new SuggestedActions
        {
            Actions =
            [
                new CardAction { Type = "imBack", Title = "Project Manager", Value = "project manager" },
                new CardAction { Type = "postBack", Title = "Help", Value = JsonSerializer.SerializeToElement(new { rolebot = "v1", action = "help" }) },
                new CardAction { Type = "postBack", Title = "Foreign", Value = JsonSerializer.SerializeToElement(new { other = "bot" }) },
            ],
        };

        SlackReplies.Shape(reply);

        Assert.Null(reply.Attachments);
        Assert.Null(reply.SuggestedActions);
        var buttons = reply.ChannelData!.Value.GetProperty("blocks")[1].GetProperty("elements");
        Assert.Equal(2, buttons.GetArrayLength());
        Assert.Equal("{\"rolebot\":\"v1\",\"action\":\"ask\",\"text\":\"project manager\"}", buttons[0].GetProperty("value").GetString());
        Assert.Equal("{\"rolebot\":\"v1\",\"action\":\"help\"}", buttons[1].GetProperty("value").GetString());
    }

    [Fact]
    public void LeavesRenderedAnswersAndOtherChannelsAlone()
    {
        var answer = CardTestContent.Shaped(CardTestContent.Composer.Help(), "slack");
        var before = answer.ChannelData!.Value.GetRawText();
        var teams = Reply("msteams", "R&D");

        SlackReplies.Shape(answer);
        CardTestContent.Channels.Shape(teams);

        Assert.Equal(before, answer.ChannelData!.Value.GetRawText());
        Assert.Equal("R&D", teams.Text);
        Assert.Null(teams.ChannelData);
    }

    [Fact]
    public async Task ShapesTheErrorHandlersApologyOnTheWayOut()
    {
        var sent = new List<Activity>();
        var context = new RoleBot.Protocol.Turns.TurnContext(
            new Activity { Type = ActivityTypes.Message, ChannelId = "slack", Conversation = new ConversationAccount { Id = "B1:T1:D1" } },
            CardTestContent.Channels,
            (a, _) => { sent.Add(a); return Task.FromResult<string?>(null); });

        await context.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = TurnErrorHandler.Apology });

        Assert.True(SlackReplies.IsBlockKit(Assert.Single(sent).ChannelData));
    }
}
