using System.Net;
using RoleBot.Tests.Channels.Slack.Native.Support;

namespace RoleBot.Tests.Channels.Slack.Native;

/// <summary>Multi-turn dialogs in Slack keep their state per channel thread, as on every other channel.</summary>
public sealed class SlackThreadDialogTests(SlackFixture fixture) : IClassFixture<SlackFixture>
{
    [Fact]
    public async Task AsksWhichPmInTheThreadAndAnswersTheButtonClickThere()
    {
        var channel = SlackRequests.NewChannel();
        var thread = SlackRequests.NewTs();

        await fixture.Client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("who is higher, PM or senior manager?", channel, thread)));
        var question = await fixture.Slack.WaitForMessageAsync(channel);
        var choice = question.Buttons.First(b => b.Text.Contains("Project Manager", StringComparison.Ordinal));
        using var click = await fixture.Client.SendAsync(SlackRequests.Interaction(
            SlackRequests.BlockActions(choice.ActionId, choice.Value, channel, fixture.Slack.NewResponseUrl(), question.Ts, thread)));
        var answer = await fixture.Slack.WaitForMessageAsync(channel, p => p.Ts != question.Ts);
        await fixture.SettleAsync();

        Assert.Equal(thread, question.ThreadTs);
        Assert.Contains("\"action\":\"choose\"", choice.Value);
        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        Assert.Equal(thread, answer.ThreadTs);
        Assert.Contains("Senior Manager", answer.Text);
        Assert.Contains("Project Manager", answer.Text);
        Assert.Empty((await fixture.StateAsync($"{SlackRequests.AppId}:{SlackRequests.Team}:{channel}:{thread}")).DialogStack);
    }

    [Fact]
    public async Task KeepsEachThreadsPendingQuestionToItself()
    {
        var channel = SlackRequests.NewChannel();
        var (first, second) = (SlackRequests.NewTs(), SlackRequests.NewTs());

        await fixture.Client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("who is higher, PM or senior manager?", channel, first)));
        await fixture.Client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("who is higher, PM or senior manager?", channel, second)));
        var firstQuestion = await fixture.Slack.WaitForMessageAsync(channel, p => p.ThreadTs == first);
        await fixture.Slack.WaitForMessageAsync(channel, p => p.ThreadTs == second);

        // The answer typed in the first thread settles that thread's question only.
        await fixture.Client.SendAsync(SlackRequests.Event(SlackRequests.AppMention("project manager", channel, threadTs: first)));
        var answer = await fixture.Slack.WaitForMessageAsync(channel, p => p.ThreadTs == first && p.Ts != firstQuestion.Ts);
        await fixture.SettleAsync();

        Assert.Contains("Senior Manager", answer.Text);
        Assert.Empty((await fixture.StateAsync($"{SlackRequests.AppId}:{SlackRequests.Team}:{channel}:{first}")).DialogStack);
        Assert.NotEmpty((await fixture.StateAsync($"{SlackRequests.AppId}:{SlackRequests.Team}:{channel}:{second}")).DialogStack);
        Assert.Single(fixture.Slack.Where(p => p.Channel == channel && p.ThreadTs == second));
    }

    [Fact]
    public async Task AnswersAFollowUpButtonOfAnAnswerInItsThread()
    {
        var channel = SlackRequests.NewChannel();
        var thread = SlackRequests.NewTs();
        const string career = """{"rolebot":"v1","action":"career","role":"project-manager"}""";

        using var click = await fixture.Client.SendAsync(SlackRequests.Interaction(
            SlackRequests.BlockActions("rolebot-0", career, channel, fixture.Slack.NewResponseUrl(), SlackRequests.NewTs(), thread)));
        var answer = await fixture.Slack.WaitForMessageAsync(channel);

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        Assert.Equal(thread, answer.ThreadTs);
        Assert.Contains("Project Manager", answer.Blocks);
    }

    [Fact]
    public async Task AnswersAButtonInATopLevelMessageInANewThreadUnderIt()
    {
        var channel = SlackRequests.NewChannel();
        var messageTs = SlackRequests.NewTs();
        const string rank = """{"rolebot":"v1","action":"rank","role":"chief-operating-officer","other":"general-manager"}""";

        await fixture.Client.SendAsync(SlackRequests.Interaction(
            SlackRequests.BlockActions("rolebot-1", rank, channel, fixture.Slack.NewResponseUrl(), messageTs)));

        Assert.Equal(messageTs, (await fixture.Slack.WaitForMessageAsync(channel)).ThreadTs);
    }

    [Fact]
    public async Task IgnoresButtonsThatAreNotRoleBots()
    {
        var channel = SlackRequests.NewChannel();

        using var response = await fixture.Client.SendAsync(SlackRequests.Interaction(
            SlackRequests.BlockActions("approve", "yes", channel, fixture.Slack.NewResponseUrl(), SlackRequests.NewTs())));
        await fixture.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(fixture.Slack.Where(p => p.Channel == channel));
    }

    [Theory]
    [InlineData("payload=")]
    [InlineData("payload=%7B%22type%22%3A")]
    [InlineData("text=hello")]
    [InlineData("payload=%5B1%5D")]
    public async Task RefusesAnInteractionWithoutAJsonPayload(string form)
    {
        using var response = await fixture.Client.SendAsync(SlackRequests.Interaction(form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AcknowledgesInteractionsItDoesNotHandle()
    {
        var form = SlackRequests.Form(("payload", """{"type":"view_submission","user":{"id":"U0ALICE"},"view":{"id":"V1"}}"""));

        using var response = await fixture.Client.SendAsync(SlackRequests.Interaction(form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
