using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Protocol;
using RoleBot.State;
using RoleBot.Tests.Dialogs.Transcripts;

namespace RoleBot.Tests.Bots;

public sealed class AdaptiveCardInvokeTests(TranscriptApplication app) : IClassFixture<TranscriptApplication>
{
    private async Task<(TurnContext Context, List<Activity> Replies)> InvokeAsync(string name, string value)
    {
        var replies = new List<Activity>();
        var context = new TurnContext(
            new Activity
            {
                Type = ActivityTypes.Invoke,
                Name = name,
                ChannelId = "msteams",
                Conversation = new ConversationAccount { Id = "a:1" },
                Value = JsonDocument.Parse(value).RootElement.Clone(),
            },
            (reply, _) =>
            {
                replies.Add(reply);
                return Task.FromResult<string?>(null);
            });
        context.SetConversationData(new ConversationData());
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IBot>().OnTurnAsync(context, CancellationToken.None);
        return (context, replies);
    }

    [Fact]
    public async Task AnExecuteClickIsAnsweredInTheConversationAndAcknowledgedWithAMessage()
    {
        var (context, replies) = await InvokeAsync(
            "adaptiveCard/action",
            """{"action":{"type":"Action.Execute","verb":"rolebot.rank","data":{"rolebot":"v1","action":"rank","role":"coo","other":"general-manager"}}}""");

        Assert.Contains("Chief Operating Officer", Assert.Single(replies).Text);
        Assert.Equal(200, context.InvokeResponse!.Status);
        Assert.Contains("activity.message", JsonSerializer.Serialize(context.InvokeResponse.Body));
    }

    [Fact]
    public async Task AMalformedCardActionGetsABadRequestInvokeResponse()
    {
        var (context, replies) = await InvokeAsync("adaptiveCard/action", """{"action":{"type":"Action.Submit"}}""");

        Assert.Empty(replies);
        Assert.Equal(400, context.InvokeResponse!.Status);
    }

    [Fact]
    public async Task OtherInvokesAreLeftUnanswered()
    {
        var (context, _) = await InvokeAsync("composeExtension/unknown", "{}");

        Assert.Null(context.InvokeResponse);
    }
}
