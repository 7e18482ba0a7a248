using Microsoft.Extensions.DependencyInjection;
using RoleBot.Protocol;
using RoleBot.Protocol.Turns;
using RoleBot.State;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.State;

/// <summary>
/// A Direct Line conversation and a Slack conversation with the same id are two conversations: a dialog waiting for
/// an answer on one channel never takes the other channel's message as that answer.
/// </summary>
public sealed class ChannelStateIsolationTests(DefaultApp factory) : IClassFixture<DefaultApp>
{
    [Fact]
    public async Task TheSameConversationIdOnSlackAndDirectLineKeepsSeparateDialogs()
    {
        var id = "shared-" + Guid.NewGuid().ToString("N");

        var question = await TurnAsync("slack", id, "is a VP higher than");
        var elsewhere = await TurnAsync("directline", id, "COO");
        var answer = await TurnAsync("slack", id, "COO");

        Assert.Equal(InputHints.ExpectingInput, question.InputHint);
        Assert.DoesNotContain("Vice President", Text(elsewhere));
        Assert.Contains("Vice President", Text(answer));
        Assert.Contains("Chief Operating Officer", Text(answer));
    }

    [Fact]
    public async Task StateKeysOfTheTwoChannelsDiffer()
    {
        var id = "shared-" + Guid.NewGuid().ToString("N");
        await TurnAsync("slack", id, "is a VP higher than");

        var store = factory.Services.GetRequiredService<IConversationStateStore>();
        var slack = await store.LoadAsync(StateKeys.For(Activity("slack", id, "")), CancellationToken.None);
        var directLine = await store.LoadAsync(StateKeys.For(Activity("directline", id, "")), CancellationToken.None);

        Assert.NotEqual(StateKeys.For(Activity("slack", id, "")), StateKeys.For(Activity("directline", id, "")));
        Assert.NotEmpty(System.Text.Json.JsonSerializer.Serialize(slack));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(new ConversationData()), System.Text.Json.JsonSerializer.Serialize(directLine));
    }

    [Theory]
    [InlineData("slack", "x/y", "slack/x", "y")]
    [InlineData("directline", "a/b", "directline/a", "b")]
    public void AChannelIdWithASlashCannotForgeAnotherChannelsKey(string channel, string conversation, string otherChannel, string otherConversation)
    {
        var key = StateKeys.For(Activity(channel, conversation, ""));
        var forged = StateKeys.For(Activity(otherChannel, otherConversation, ""));

        Assert.NotEqual(key, forged);
    }

    private async Task<Activity> TurnAsync(string channel, string conversation, string text)
    {
        var replies = new List<Activity>();
        var runner = factory.Services.GetRequiredService<BotTurnRunner>();
        var outcome = await runner.RunAsync(
            Activity(channel, conversation, text),
            (reply, _) =>
            {
                replies.Add(reply);
                return Task.FromResult<string?>(null);
            },
            CancellationToken.None);

        Assert.False(outcome.Failed);
        return replies.Last(r => r.IsType(ActivityTypes.Message));
    }

    private static Activity Activity(string channel, string? conversation, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = channel,
        ServiceUrl = "https://example.invalid/",
        Conversation = conversation is null ? null : new ConversationAccount { Id = conversation },
        From = new ChannelAccount { Id = "user-1", Role = "user" },
        Recipient = new ChannelAccount { Id = "bot", Role = "bot" },
        Text = text,
    };

    // Cards carry their words in the attachment, Slack answers in channelData; one string to search either way.
    private static string Text(Activity reply) =>
        $"{reply.Text} {System.Text.Json.JsonSerializer.Serialize(reply.Attachments)} {reply.ChannelData?.GetRawText()}";
}
