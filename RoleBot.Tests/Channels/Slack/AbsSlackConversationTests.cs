using System.Text.Json;
using RoleBot.Cards.Actions;
using RoleBot.Tests.Channels.Slack.Support;

namespace RoleBot.Tests.Channels.Slack;

// Azure Bot Service's Slack channel end to end through /api/messages: realistic ABS activities in, and every reply
// out as Block Kit in channelData with escaped mrkdwn text, never an Adaptive Card or suggested actions.
public class AbsSlackConversationTests(AbsSlackFixture fixture) : IClassFixture<AbsSlackFixture>
{
    private string ServiceUrl => fixture.ServiceUrl;

    [Fact]
    public async Task AnswersADirectMessageWithBlockKitInChannelData()
    {
        var dm = AbsSlackActivities.NewChannel('D');

        await fixture.PostAsync(AbsSlackActivities.Get("message-dm", ServiceUrl, dm));
        var replies = await fixture.SettleAsync(dm);

        var answer = AssertSlackReply(Assert.Single(replies));
        Assert.Contains("Vice President", Header(answer), StringComparison.Ordinal);
        Assert.Equal(answer.GetProperty("text").GetString(), answer.GetProperty("channelData").GetProperty("text").GetString());
    }

    [Fact]
    public async Task ReadsAChannelQuestionWithoutTheBotMentionAndWithSlackEscapesUndone()
    {
        var channel = AbsSlackActivities.NewChannel('C');

        await fixture.PostAsync(AbsSlackActivities.Get("message-channel-mention", ServiceUrl, channel));
        var replies = await fixture.SettleAsync(channel);

        var header = Header(AssertSlackReply(Assert.Single(replies)));
        Assert.Contains("Project Manager", header, StringComparison.Ordinal);
        Assert.Contains("Operations Manager", header, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsksWhichPmWithButtonsAndAnswersTheButtonClickedInSlack()
    {
        var dm = AbsSlackActivities.NewChannel('D');

        await fixture.PostAsync(AbsSlackActivities.Message("what does a PM do?", ServiceUrl, dm));
        var question = AssertSlackReply(Assert.Single(await fixture.SettleAsync(dm)));
        var choice = Buttons(question).First(b => b.GetProperty("text").GetProperty("text").GetString() == "Product Manager");
        await fixture.PostAsync(AbsSlackActivities.Click(choice.GetProperty("value").GetString()!, ServiceUrl, dm));
        var replies = await fixture.SettleAsync(dm);

        Assert.Equal("choose", CardPayloadParser.Parse(choice.GetProperty("value").GetString()!).Payload!.Action.ToString().ToLowerInvariant());
        // The settling "help" re-asks the pending question; the click answers it.
        Assert.StartsWith("Product Manager", Header(AssertSlackReply(replies[^1])), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryKindOfDialogReplyReachesSlackAsBlockKit()
    {
        var dm = AbsSlackActivities.NewChannel('D');
        string[] turns = ["compare GM", "cancel", "cancel", "is a wizard higher than a COO?", "hello", "thanks", "why?", "start over"];

        foreach (var text in turns)
        {
            await fixture.PostAsync(AbsSlackActivities.Message(text, ServiceUrl, dm));
        }

        await fixture.PostAsync(AbsSlackActivities.Click("not json <!channel>", ServiceUrl, dm));
        await fixture.PostAsync(AbsSlackActivities.Click("{\"rolebot\":\"v1\",\"action\":\"choose\",\"role\":\"ceo\"}", ServiceUrl, dm));
        var replies = await fixture.SettleAsync(dm);

        Assert.True(replies.Count >= turns.Length + 2, $"only {replies.Count} replies");
        Assert.All(replies, r => AssertSlackReply(r));
        Assert.Contains(replies, r => Buttons(r).Any());
        var texts = string.Join('\n', replies.Select(r => r.GetProperty("text").GetString()));
        Assert.Contains("I've dropped that question", texts, StringComparison.Ordinal);
        Assert.Contains("There's nothing to cancel", texts, StringComparison.Ordinal);
        Assert.Contains("Let's start over", texts, StringComparison.Ordinal);
        Assert.Contains("I couldn't read that card action", texts, StringComparison.Ordinal);
        Assert.Contains("here is the role on its own", texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InAChannelAnswersOnlyWhenMentioned()
    {
        var channel = AbsSlackActivities.NewChannel('C');

        await fixture.PostAsync(AbsSlackActivities.Message("who is higher, GM or VP?", ServiceUrl, channel, mention: false));
        await fixture.PostAsync(AbsSlackActivities.Message("what does a COO do?", ServiceUrl, channel));
        var replies = await fixture.SettleAsync(channel);

        Assert.StartsWith("Chief Operating Officer", Header(AssertSlackReply(Assert.Single(replies))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IgnoresMessagesPostedByBots()
    {
        var channel = AbsSlackActivities.NewChannel('C');

        await fixture.PostAsync(AbsSlackActivities.Get("message-bot-echo", ServiceUrl, channel));
        var replies = await fixture.SettleAsync(channel);

        Assert.Empty(replies);
    }

    [Fact]
    public async Task WelcomesOnceInADirectMessageWhenInstalled()
    {
        var dm = AbsSlackActivities.NewChannel('D');

        await fixture.PostAsync(AbsSlackActivities.Get("bot-added", ServiceUrl, dm));
        await fixture.PostAsync(AbsSlackActivities.Get("bot-added", ServiceUrl, dm));
        var replies = await fixture.SettleAsync(dm);

        var welcome = AssertSlackReply(Assert.Single(replies));
        Assert.Contains("RoleBot", welcome.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IntroducesItselfOnceWhenAddedToAChannelAndNeverGreetsPeopleJoiningIt()
    {
        var channel = AbsSlackActivities.NewChannel('C');

        await fixture.PostAsync(AbsSlackActivities.Get("member-joined-person", ServiceUrl, channel));
        await fixture.PostAsync(AbsSlackActivities.Get("member-joined-bot", ServiceUrl, channel));
        await fixture.PostAsync(AbsSlackActivities.Get("member-joined-person", ServiceUrl, channel));
        await fixture.PostAsync(AbsSlackActivities.Get("member-joined-bot", ServiceUrl, channel));
        var replies = await fixture.SettleAsync(channel);

        var intro = AssertSlackReply(Assert.Single(replies)).GetProperty("text").GetString()!;
        Assert.StartsWith("Hi team", intro, StringComparison.Ordinal);
        Assert.True(intro.Length < 200, "the channel intro should be short");
    }

    // A reply Slack can show: Block Kit within every limit in channelData, the same text as fallback, nothing else.
    private static JsonElement AssertSlackReply(JsonElement reply)
    {
        Assert.Equal("message", reply.GetProperty("type").GetString());
        Assert.Equal("slack", reply.GetProperty("channelId").GetString());
        Assert.False(reply.TryGetProperty("attachments", out _), "Slack shows an Adaptive Card as a picture");
        Assert.False(reply.TryGetProperty("suggestedActions", out _), "Slack cannot show suggested actions");
        var channelData = reply.GetProperty("channelData");
        Assert.Empty(SlackLimitChecker.Check(channelData));
        Assert.Equal(channelData.GetProperty("text").GetString(), reply.GetProperty("text").GetString());
        Assert.DoesNotContain("ApiToken", channelData.GetRawText(), StringComparison.Ordinal);
        return reply;
    }

    private static string Header(JsonElement reply) => reply.GetProperty("channelData").GetProperty("blocks").EnumerateArray()
        .First(b => b.GetProperty("type").GetString() == "header").GetProperty("text").GetProperty("text").GetString()!;

    private static IEnumerable<JsonElement> Buttons(JsonElement reply) => reply.GetProperty("channelData").GetProperty("blocks").EnumerateArray()
        .Where(b => b.GetProperty("type").GetString() == "actions").SelectMany(b => b.GetProperty("elements").EnumerateArray());
}
