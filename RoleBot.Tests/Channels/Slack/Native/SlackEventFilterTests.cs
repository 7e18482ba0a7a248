using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Channels.Slack;
using RoleBot.Channels.Slack.Native;
using RoleBot.Tests.Channels.Slack.Native.Support;

namespace RoleBot.Tests.Channels.Slack.Native;

public sealed class SlackEventFilterTests
{
    public static TheoryData<string> Answered() => [.. SlackEventCases.All.Where(c => c.Answered).Select(c => c.Name)];

    public static TheoryData<string> Ignored() => [.. SlackEventCases.All.Where(c => !c.Answered).Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Answered))]
    public void AnswersAUsersMentionOrDirectMessageInItsConversation(string name)
    {
        var c = SlackEventCases.Find(name);

        var decision = Decide(c);

        var inbound = Assert.IsType<SlackInboundEvent>(decision.Event);
        var channel = (string)c.Event["channel"]!;
        Assert.Equal(c.Thread, inbound.Origin.Thread);
        Assert.Equal(new ChannelReply(channel, c.Thread), inbound.ReplyTo);
        var expectedConversation = c.Thread is null
            ? $"{SlackRequests.AppId}:{SlackRequests.Team}:{channel}"
            : $"{SlackRequests.AppId}:{SlackRequests.Team}:{channel}:{c.Thread}";
        Assert.Equal(expectedConversation, inbound.Origin.ConversationId);
        var activity = SlackActivities.Message(inbound.Origin, inbound.Ts, inbound.Text, null, DateTimeOffset.UnixEpoch);
        Assert.True(SlackInbound.IsAddressedToBot(activity));
        Assert.Equal(c.Text, SlackInbound.Text(activity));
    }

    [Theory]
    [MemberData(nameof(Ignored))]
    public void IgnoresBotsEditsAndDuplicateDeliveries(string name)
    {
        var c = SlackEventCases.Find(name);

        var decision = Decide(c);

        Assert.Null(decision.Event);
        Assert.Equal(c.Reason, decision.IgnoredBecause);
    }

    [Fact]
    public void KnowsItsOwnUserFromConfigurationWhenAuthorizationsAreMissing()
    {
        var envelope = SlackRequests.DirectMessage("help", "D0ALICE", user: "U0CONFIGURED");
        envelope.Remove("authorizations");

        var decision = SlackEventFilter.Decide(JsonSerializer.SerializeToElement(envelope), "U0CONFIGURED");

        Assert.Equal("sent by this bot", decision.IgnoredBecause);
    }

    private static SlackEventDecision Decide(SlackEventCase c)
    {
        var envelope = SlackRequests.Envelope((JsonObject)c.Event.DeepClone());
        return SlackEventFilter.Decide(JsonSerializer.SerializeToElement(envelope), configuredBotUserId: null);
    }
}
