using System.Net;
using RoleBot.Channels.Slack.Native;
using RoleBot.Tests.Channels.Slack.Native.Support;

namespace RoleBot.Tests.Channels.Slack.Native;

/// <summary>"/rolebot question" answers privately through the response_url, with a button that shares the answer.</summary>
public sealed class SlackCommandTests(SlackFixture fixture) : IClassFixture<SlackFixture>
{
    [Fact]
    public async Task AnswersPrivatelyWithAShareInChannelButton()
    {
        var responseUrl = fixture.Slack.NewResponseUrl();

        using var response = await fixture.Client.SendAsync(SlackRequests.CommandRequest(
            SlackRequests.Command("who is higher, GM or VP?", SlackRequests.NewChannel(), responseUrl)));
        var answer = await WaitForResponseAsync(responseUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal("", answer.Authorization);
        Assert.Equal("ephemeral", answer.Json.GetProperty("response_type").GetString());
        Assert.False(answer.Json.GetProperty("replace_original").GetBoolean());
        Assert.Contains("Vice President", answer.Text);
        Assert.Equal("header", answer.Json.GetProperty("blocks")[0].GetProperty("type").GetString());
        var share = answer.Buttons[^1];
        Assert.Equal((SlackShareButton.ActionId, SlackShareButton.Label), (share.ActionId, share.Text));
        Assert.Contains(answer.Buttons, b => b.Value.StartsWith("{\"rolebot\":\"v1\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SharesTheAnswerInTheChannelWhenTheButtonIsClicked()
    {
        var channel = SlackRequests.NewChannel();
        var answer = await AskAsync("what does a COO do?", channel);
        var share = answer.Buttons.Single(b => b.ActionId == SlackShareButton.ActionId);
        var clickUrl = fixture.Slack.NewResponseUrl();

        using var click = await fixture.Client.SendAsync(SlackRequests.Interaction(
            SlackRequests.BlockActions(share.ActionId, share.Value, channel, clickUrl, ephemeral: true)));
        var shared = await WaitForResponseAsync(clickUrl);

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        Assert.Equal("in_channel", shared.Json.GetProperty("response_type").GetString());
        Assert.Equal(answer.Text, shared.Text);
        Assert.DoesNotContain(shared.Buttons, b => b.ActionId == SlackShareButton.ActionId);
        Assert.Equal(answer.Buttons.Count - 1, shared.Buttons.Count);
    }

    [Fact]
    public async Task SharesAnAnswerOnlyOnce()
    {
        var channel = SlackRequests.NewChannel();
        var share = (await AskAsync("what comes after project manager?", channel)).Buttons.Single(b => b.ActionId == SlackShareButton.ActionId);
        var (firstUrl, secondUrl) = (fixture.Slack.NewResponseUrl(), fixture.Slack.NewResponseUrl());

        await fixture.Client.SendAsync(SlackRequests.Interaction(SlackRequests.BlockActions(share.ActionId, share.Value, channel, firstUrl, ephemeral: true)));
        await WaitForResponseAsync(firstUrl);
        await fixture.Client.SendAsync(SlackRequests.Interaction(SlackRequests.BlockActions(share.ActionId, share.Value, channel, secondUrl, ephemeral: true)));
        var notice = await WaitForResponseAsync(secondUrl);

        Assert.Equal("ephemeral", notice.Json.GetProperty("response_type").GetString());
        Assert.Equal(SlackInteractivityEndpoint.ShareExpired, notice.Text);
    }

    [Fact]
    public async Task AsksWhichRolePrivatelyAndAnswersTheChoiceInTheSamePrivateExchange()
    {
        var channel = SlackRequests.NewChannel();
        var question = await AskAsync("who is higher, PM or senior manager?", channel);
        var choice = question.Buttons.First(b => b.Text.Contains("Project Manager", StringComparison.Ordinal));
        var clickUrl = fixture.Slack.NewResponseUrl();

        await fixture.Client.SendAsync(SlackRequests.Interaction(SlackRequests.BlockActions(choice.ActionId, choice.Value, channel, clickUrl, ephemeral: true)));
        var answer = await WaitForResponseAsync(clickUrl);
        await fixture.SettleAsync();

        // A question waiting for its answer is not worth sharing; the answer is.
        Assert.DoesNotContain(question.Buttons, b => b.ActionId == SlackShareButton.ActionId);
        Assert.Equal("ephemeral", answer.Json.GetProperty("response_type").GetString());
        Assert.Contains("Senior Manager", answer.Text);
        Assert.Contains(answer.Buttons, b => b.ActionId == SlackShareButton.ActionId);
        Assert.Empty((await fixture.StateAsync($"{SlackRequests.AppId}:{SlackRequests.Team}:{channel}:{SlackRequests.User}")).DialogStack);
    }

    [Fact]
    public async Task TreatsAnEmptyCommandAsAskingForHelp()
    {
        var answer = await AskAsync("", SlackRequests.NewChannel());

        Assert.Contains(answer.Buttons, b => b.Value.Contains("\"action\":\"ask\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswersSlacksSslCheckWithAnEmpty200()
    {
        var form = SlackRequests.Form(("ssl_check", "1"), ("token", "deprecated-verification-token"));

        using var response = await fixture.Client.SendAsync(SlackRequests.CommandRequest(form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("https://attacker.example/hooks")]
    [InlineData("http://hooks.slack.com/commands/T1/2/3")]
    [InlineData("not a url")]
    public async Task RefusesACommandWhoseResponseUrlIsNotSlacks(string responseUrl)
    {
        using var response = await fixture.Client.SendAsync(SlackRequests.CommandRequest(
            SlackRequests.Command("help", SlackRequests.NewChannel(), responseUrl)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<SlackPost> AskAsync(string text, string channel)
    {
        var responseUrl = fixture.Slack.NewResponseUrl();
        using var response = await fixture.Client.SendAsync(SlackRequests.CommandRequest(SlackRequests.Command(text, channel, responseUrl)));
        return await WaitForResponseAsync(responseUrl);
    }

    private Task<SlackPost> WaitForResponseAsync(string responseUrl) =>
        fixture.Slack.WaitForAsync(p => p.Path == new Uri(responseUrl).AbsolutePath);
}
