using System.Text.Json;
using RoleBot.Cards.Model;
using RoleBot.Protocol;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Answers;

public class AnswerComposerTests
{
    [Theory]
    [InlineData("msteams")]
    [InlineData("webchat")]
    [InlineData("emulator")]
    [InlineData(null)]
    public void SendsPlainSentencePlusAdaptiveCardOutsideSlack(string? channelId)
    {
        var activity = CardTestContent.Shaped(CardTestContent.Composer.Rank(SampleAnswers.VpOverGm), channelId);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("A Vice President (VP) usually ranks above a General Manager (GM).", activity.Text);
        Assert.Equal("plain", activity.TextFormat);
        Assert.Equal("Vice President (VP) vs General Manager (GM)", activity.Summary);
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal("AdaptiveCard", (string?)attachment.Content!["type"]);
        Assert.Null(activity.ChannelData);
    }

    [Fact]
    public void SendsBlockKitInChannelDataAndNoCardToSlack()
    {
        var activity = CardTestContent.Shaped(CardTestContent.Composer.Compare(SampleAnswers.PmVsOps), "slack");

        Assert.Null(activity.Attachments);
        Assert.Equal("markdown", activity.TextFormat);
        var channelData = activity.ChannelData!.Value;
        Assert.Equal(activity.Text, channelData.GetProperty("text").GetString());
        Assert.Equal("header", channelData.GetProperty("blocks")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void AsksForInputWhenItAsksAQuestion()
    {
        Assert.Equal(InputHints.ExpectingInput, CardTestContent.Shaped(CardTestContent.Composer.WhichRole(SampleAnswers.WhichPm), "webchat").InputHint);
        Assert.Equal(InputHints.AcceptingInput, CardTestContent.Shaped(CardTestContent.Composer.Help(), "webchat").InputHint);
    }

    [Fact]
    public void SurvivesTheWireFormat()
    {
        var activity = CardTestContent.Shaped(CardTestContent.Composer.Describe(SampleAnswers.ProjectManagerRole()), "msteams");

        var json = JsonSerializer.Serialize(activity, ActivityJson.Options);
        var back = JsonSerializer.Deserialize<Activity>(json, ActivityJson.Options)!;

        Assert.Equal(CardJson.Serialize(RoleBot.Channels.Teams.UniversalActions.ToExecute(CardTestContent.Cards.Render(CardTestContent.Documents.Describe(SampleAnswers.ProjectManagerRole())))),
            back.Attachments![0].Content!.ToJsonString(CardJson.Options));
    }
}
