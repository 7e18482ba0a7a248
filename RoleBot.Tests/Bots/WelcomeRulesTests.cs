using System.Text.Json;
using RoleBot.Bots;
using RoleBot.Protocol;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Bots;

public class WelcomeRulesTests
{
    private static Activity Update(string? conversationType, string? channelData, params string[] added) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = "c", ConversationType = conversationType },
        ChannelData = channelData is null ? null : JsonDocument.Parse(channelData).RootElement.Clone(),
        MembersAdded = [.. added.Select(id => new ChannelAccount { Id = id })],
    };

    [Theory]
    [InlineData("personal", null, new[] { "28:bot", "29:user" }, WelcomeKind.Welcome)]
    [InlineData(null, null, new[] { "user" }, WelcomeKind.Welcome)]
    [InlineData("personal", null, new[] { "28:bot" }, WelcomeKind.None)]
    [InlineData("channel", """{"eventType":"teamMemberAdded","team":{"id":"19:t"}}""", new[] { "28:bot" }, WelcomeKind.TeamIntro)]
    [InlineData("channel", """{"eventType":"teamMemberAdded","team":{"id":"19:t"}}""", new[] { "29:alice" }, WelcomeKind.None)]
    [InlineData(null, """{"team":{"id":"19:t"}}""", new[] { "29:alice", "29:bob" }, WelcomeKind.None)]
    [InlineData("groupChat", null, new[] { "28:bot" }, WelcomeKind.TeamIntro)]
    [InlineData("groupChat", null, new[] { "29:carol" }, WelcomeKind.None)]
    public void GreetsPeopleOneToOneAndIntroducesItselfOnlyWhenAddedToATeam(string? type, string? channelData, string[] added, WelcomeKind expected)
    {
        Assert.Equal(expected, WelcomeRules.ForConversationUpdate(Update(type, channelData, added), CardTestContent.Channels.For(null)));
    }

    [Theory]
    [InlineData("member-joined-bot", "C0AT9PUBL1C", WelcomeKind.TeamIntro)]
    [InlineData("member-joined-person", "C0AT9PUBL1C", WelcomeKind.None)]
    [InlineData("member-joined-person", "G0PRIVATE01", WelcomeKind.None)]
    public void InASlackChannelIntroducesItselfWhenAddedAndNeverGreetsPeopleJoining(string name, string channel, WelcomeKind expected)
    {
        var activity = JsonSerializer.Deserialize<Activity>(
            Tests.Channels.Slack.Support.AbsSlackActivities.Get(name, "https://slack.botframework.com/", channel).ToJsonString(), ActivityJson.Options)!;

        Assert.Equal(expected, WelcomeRules.ForConversationUpdate(activity, CardTestContent.Channels.For(activity.ChannelId)));
    }

    [Fact]
    public void WelcomesOnSlackInstallInADirectMessage()
    {
        var activity = JsonSerializer.Deserialize<Activity>(
            Tests.Channels.Slack.Support.AbsSlackActivities.Get("bot-added", "https://slack.botframework.com/", "D0AT8AL9LA0").ToJsonString(), ActivityJson.Options)!;

        Assert.Equal(WelcomeKind.Welcome, WelcomeRules.ForInstallation(activity, CardTestContent.Channels.For(activity.ChannelId)));
    }
}
