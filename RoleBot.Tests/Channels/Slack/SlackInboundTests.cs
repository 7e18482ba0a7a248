using System.Text.Json;
using RoleBot.Channels.Slack;
using RoleBot.Protocol;
using RoleBot.Tests.Channels.Slack.Support;

namespace RoleBot.Tests.Channels.Slack;

public class SlackInboundTests
{
    private static Activity Read(string name, string channel = "D0AT8AL9LA0") =>
        JsonSerializer.Deserialize<Activity>(AbsSlackActivities.Get(name, "https://slack.botframework.com/", channel).ToJsonString(), ActivityJson.Options)!;

    [Fact]
    public void RemovesTheBotMentionNamedInTheEnvelopeAndUndoesSlackEscapes()
    {
        var activity = Read("message-channel-mention", "C0AT9PUBL1C");

        Assert.Equal(AbsSlackActivities.BotUserId, SlackChannelData.BotUserId(activity.ChannelData));
        Assert.Equal("difference between a project manager & an operations manager?", SlackInbound.Text(activity));
    }

    [Fact]
    public void ReadsTheClickedButtonsValueAsTheCardPayload()
    {
        var activity = Read("block-actions");

        var value = SlackInbound.Value(activity);

        Assert.Equal("help", value!.Value.GetProperty("action").GetString());
        Assert.Equal("", SlackInbound.Text(activity));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[[[[[[[[[[[[1]]]]]]]]]]]]")]
    public void HandsAnUnreadableButtonValueOnAsTextForTheRouterToRefuse(string value)
    {
        var activity = Read("block-actions");
        activity.ChannelData = JsonSerializer.SerializeToElement(new { Payload = new { type = "block_actions", actions = new[] { new { value } } } });

        Assert.Equal(JsonValueKind.String, SlackInbound.Value(activity)!.Value.ValueKind);
    }

    [Fact]
    public void KnowsItsOwnMessagesAndWhereItIsTalking()
    {
        Assert.True(SlackInbound.IsFromABot(Read("message-bot-echo", "C0AT9PUBL1C")));
        Assert.False(SlackInbound.IsFromABot(Read("message-dm")));
        Assert.False(SlackConversation.IsShared(Read("message-dm")));
        Assert.True(SlackConversation.IsShared(Read("message-channel-mention", "C0AT9PUBL1C")));
        Assert.True(SlackConversation.IsShared(Read("member-joined-person", "G0PRIVATE01")));
        Assert.Equal("C0AT9PUBL1C", SlackConversation.Channel(Read("message-channel-mention", "C0AT9PUBL1C")));
    }

    [Theory]
    [InlineData("message-channel-mention", "C0AT9PUBL1C", null, true)]
    [InlineData("message-channel-mention", "C0AT9PUBL1C", "who is higher, GM or VP?", false)]
    [InlineData("message-channel-mention", "C0AT9PUBL1C", "ask <@U0SOMEONE> who is higher", false)]
    [InlineData("message-channel-mention", "C0AT9PUBL1C", "so <@U0AT1AL4C5T|rolebot> who is higher", true)]
    [InlineData("message-dm", "D0AT8AL9LA0", "who is higher, GM or VP?", true)]
    [InlineData("block-actions", "C0AT9PUBL1C", null, true)]
    public void InChannelsListensOnlyWhenMentionedOrClicked(string name, string channel, string? text, bool expected)
    {
        var activity = Read(name, channel);
        activity.Text = text ?? activity.Text;

        Assert.Equal(expected, SlackInbound.IsAddressedToBot(activity));
    }
}
