using System.Net;
using RoleBot.Tests.Channels.Teams.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>Teams re-sends an activity when the bot is slow (docs/protocol.md §2.2); each is answered once.</summary>
public class TeamsDeduplicationTests(TeamsFixture fixture) : IClassFixture<TeamsFixture>
{
    [Fact]
    public async Task ResentChannelMessageIsAnsweredOnce()
    {
        var thread = $"{TeamsPayloads.NewChannelId()};messageid={TeamsPayloads.NewActivityId()}";
        var message = TeamsPayloads.Message("is COO higher than general manager?", "channel", thread, fixture.ServiceUrl);
        var id = (string)message["id"]!;

        using var first = await fixture.Client.PostActivityAsync(message);
        using var resent = await fixture.Client.PostActivityAsync(message.DeepClone());
        using var again = await fixture.Client.PostActivityAsync(message.DeepClone());
        var sent = await fixture.SettleAsync("channel", thread);

        Assert.All([first, resent, again], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var answer = Assert.Single(sent, r => r.RawTarget.EndsWith("/activities/" + id, StringComparison.Ordinal));
        Assert.Contains("Chief Operating Officer", answer.Body);
    }

    [Fact]
    public async Task ResentInvokeGetsTheFirstAnswerWithoutRunningTwice()
    {
        var invoke = TeamsPayloads.Invoke("composeExtension/query", System.Text.Json.Nodes.JsonNode.Parse(
            """{"commandId":"searchQuery","parameters":[{"name":"searchQuery","value":"gm vs vp"}],"queryOptions":{"skip":0,"count":3}}"""));

        using var first = await fixture.Client.PostActivityAsync(invoke);
        using var resent = await fixture.Client.PostActivityAsync(invoke.DeepClone());

        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await resent.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SameIdInAnotherConversationIsANewMessage()
    {
        var id = TeamsPayloads.NewActivityId();
        var one = TeamsPayloads.NewPersonalId();
        var two = TeamsPayloads.NewPersonalId();

        await fixture.Client.PostActivityAsync(TeamsPayloads.Message("what does a VP do?", "personal", one, fixture.ServiceUrl, id));
        await fixture.Client.PostActivityAsync(TeamsPayloads.Message("what does a VP do?", "personal", two, fixture.ServiceUrl, id));

        Assert.Single(await fixture.SettleAsync("personal", one));
        Assert.Single(await fixture.SettleAsync("personal", two));
    }
}
