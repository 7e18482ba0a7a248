using RoleBot.Tests.Channels.Teams.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>docs/protocol.md §5.3: one welcome per install scope, however many events Teams sends or replays.</summary>
public class TeamsWelcomeTests(TeamsFixture fixture) : IClassFixture<TeamsFixture>
{
    private const string User = "29:1megan";
    private const string OtherUser = "29:1alex";

    private string ServiceUrl => fixture.ServiceUrl;

    [Fact]
    public async Task PersonalInstallWelcomesTheUserOnceEvenWhenReplayed()
    {
        var chat = TeamsPayloads.NewPersonalId();

        await fixture.Client.PostActivityAsync(TeamsPayloads.MembersAdded("personal", chat, ServiceUrl, TeamsPayloads.BotId, User));
        await fixture.Client.PostActivityAsync(TeamsPayloads.Installation("add", "personal", chat, ServiceUrl));
        await fixture.Client.PostActivityAsync(TeamsPayloads.MembersAdded("personal", chat, ServiceUrl, TeamsPayloads.BotId, User));
        var sent = await fixture.SettleAsync("personal", chat);

        var welcome = Assert.Single(sent);
        Assert.Contains("RoleBot", welcome.Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task BotAddedToATeamPostsOneShortIntroInTheChannel()
    {
        var channel = TeamsPayloads.NewChannelId();

        await fixture.Client.PostActivityAsync(TeamsPayloads.MembersAdded("channel", channel, ServiceUrl, TeamsPayloads.BotId));
        await fixture.Client.PostActivityAsync(TeamsPayloads.Installation("add", "channel", channel, ServiceUrl));
        await fixture.Client.PostActivityAsync(TeamsPayloads.MembersAdded("channel", channel, ServiceUrl, TeamsPayloads.BotId));
        var sent = await fixture.SettleAsync("channel", channel);

        var intro = Assert.Single(sent);
        var text = intro.Json.GetProperty("text").GetString()!;
        Assert.StartsWith("Hi team", text);
        Assert.True(text.Length < 200, "the team intro should be short");
        Assert.False(intro.Json.TryGetProperty("attachments", out _));
    }

    [Fact]
    public async Task InstallIntoAnotherChannelThanGeneralStillGivesOneIntro()
    {
        var general = TeamsPayloads.NewChannelId();
        var selected = TeamsPayloads.NewChannelId();
        var install = TeamsPayloads.Installation("add", "channel", general, ServiceUrl);
        install["channelData"]!["settings"] = new System.Text.Json.Nodes.JsonObject
        {
            ["selectedChannel"] = new System.Text.Json.Nodes.JsonObject { ["id"] = selected },
        };

        await fixture.Client.PostActivityAsync(install);
        await fixture.Client.PostActivityAsync(TeamsPayloads.MembersAdded("channel", selected, ServiceUrl, TeamsPayloads.BotId));
        var inGeneral = await fixture.SettleAsync("channel", general);
        var inSelected = await fixture.SettleAsync("channel", selected);

        Assert.Empty(inGeneral);
        Assert.StartsWith("Hi team", Assert.Single(inSelected).Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task NewTeamMembersAreNotGreetedOneByOne()
    {
        var channel = TeamsPayloads.NewChannelId();

        await fixture.Client.PostActivityAsync(TeamsPayloads.MembersAdded("channel", channel, ServiceUrl, User));
        await fixture.Client.PostActivityAsync(TeamsPayloads.MembersAdded("channel", channel, ServiceUrl, OtherUser, "29:1lee"));
        var sent = await fixture.SettleAsync("channel", channel);

        Assert.Empty(sent);
    }

    [Fact]
    public async Task GroupChatGetsOneIntroWhenTheBotIsAddedAndNoneForLaterMembers()
    {
        var chat = TeamsPayloads.NewGroupChatId();

        await fixture.Client.PostActivityAsync(TeamsPayloads.MembersAdded("groupChat", chat, ServiceUrl, TeamsPayloads.BotId));
        await fixture.Client.PostActivityAsync(TeamsPayloads.Installation("add", "groupChat", chat, ServiceUrl));
        await fixture.Client.PostActivityAsync(TeamsPayloads.MembersAdded("groupChat", chat, ServiceUrl, OtherUser));
        var sent = await fixture.SettleAsync("groupChat", chat);

        var intro = Assert.Single(sent);
        Assert.StartsWith("Hi team", intro.Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task ReinstallAfterUninstallWelcomesAgain()
    {
        var chat = TeamsPayloads.NewPersonalId();

        await fixture.Client.PostActivityAsync(TeamsPayloads.MembersAdded("personal", chat, ServiceUrl, TeamsPayloads.BotId, User));
        await fixture.Client.PostActivityAsync(TeamsPayloads.Installation("remove", "personal", chat, ServiceUrl));
        await fixture.Client.PostActivityAsync(TeamsPayloads.Installation("add", "personal", chat, ServiceUrl));
        var sent = await fixture.SettleAsync("personal", chat);

        Assert.Equal(2, sent.Count);
    }
}
