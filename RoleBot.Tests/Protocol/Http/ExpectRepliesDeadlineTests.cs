using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;
using RoleBot.Protocol.Turns;
using RoleBot.State;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Protocol.Http;

/// <summary>
/// RoleBot:Protocol:ExpectRepliesTimeout with a state store held by the test and a deadline the test fires itself
/// (the app's clock creates every other timer as usual), so nothing here depends on speed.
/// </summary>
public sealed class ExpectRepliesDeadlineTests
{
    // Unlike any other timer the app creates, so only the deadline is caught.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(7);

    private readonly Mock<IConversationStateStore> _store = new();
    private readonly Channel<Action> _deadlines = Channel.CreateUnbounded<Action>();
    private readonly Mock<TimeProvider> _clock = new() { CallBase = true };

    public ExpectRepliesDeadlineTests()
    {
        _clock.Setup(c => c.CreateTimer(It.IsAny<TimerCallback>(), It.IsAny<object?>(), Timeout, It.IsAny<TimeSpan>()))
            .Returns((TimerCallback callback, object? state, TimeSpan _, TimeSpan _) =>
            {
                _deadlines.Writer.TryWrite(() => callback(state));
                return Mock.Of<ITimer>();
            });
    }

    [Fact]
    public async Task TurnStuckInTheStoreAnswers503WithRetryAfterAndNeverWritesState()
    {
        var load = new TaskCompletionSource<ConversationData>(TaskCreationOptions.RunContinuationsAsynchronously);
        // The worst case: a store that ignores cancellation and comes back only after the client was answered.
        _store.Setup(s => s.LoadAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).Returns(load.Task);
        await using var app = App();
        var client = app.Start();
        var activity = ActivityBodies.Message("hello").ExpectReplies();

        var posting = client.PostActivityAsync(activity);
        await PassDeadlineAsync();
        var response = await posting;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("5", response.Headers.GetValues("Retry-After").Single());
        await app.Logs.WaitForAsync(l => l.StartsWith("Warning") && l.Contains("did not finish within") && l.Contains("answered 503"));

        load.SetResult(new ConversationData());
        await WaitUntilTurnEndedAsync(app, activity);
        Assert.Single(app.Recorder.All); // the bot did run once the store answered, yet wrote nothing
        _store.Verify(s => s.SaveAsync(It.IsAny<string>(), It.IsAny<ConversationData>(), It.IsAny<CancellationToken>()), Times.Never);
        _store.Verify(s => s.DeleteAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ResendAfterA503RunsTheTurnAgainInsteadOfReplayingAnEmptyAnswer()
    {
        var load = new TaskCompletionSource<ConversationData>(TaskCreationOptions.RunContinuationsAsynchronously);
        _store.Setup(s => s.LoadAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).Returns(load.Task);
        await using var app = App();
        var client = app.Start();
        var activity = ActivityBodies.Message("hello").ExpectReplies();

        var posting = client.PostActivityAsync(activity);
        await PassDeadlineAsync();
        var first = await posting;
        var resending = client.PostActivityAsync(activity.DeepClone());
        await PassDeadlineAsync();
        var again = await resending;
        load.SetResult(new ConversationData());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, again.StatusCode);
        await WaitUntilTurnEndedAsync(app, activity);
        _store.Verify(s => s.SaveAsync(It.IsAny<string>(), It.IsAny<ConversationData>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task TurnThatBeganSavingBeforeTheDeadlineIsWaitedForAndAnsweredNormally()
    {
        var save = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _store.Setup(s => s.LoadAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(() => new ConversationData());
        var saving = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _store.Setup(s => s.SaveAsync(It.IsAny<string>(), It.IsAny<ConversationData>(), It.IsAny<CancellationToken>()))
            .Callback(saving.SetResult).Returns(save.Task);
        await using var app = App();
        var client = app.Start();

        var posting = client.PostActivityAsync(ActivityBodies.Message("hello").ExpectReplies());
        await saving.Task.WaitAsync(TestTimeouts.Generous);
        await PassDeadlineAsync();
        await app.Logs.WaitForAsync(l => l.Contains("while saving its state"));
        save.SetResult();
        var response = await posting;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        Assert.Equal("echo hello #1", replies.Single()!["text"]!.GetValue<string>());
        _store.Verify(s => s.SaveAsync(It.IsAny<string>(), It.IsAny<ConversationData>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task SlowBotAnswers503AndItsStateIsNotSaved()
    {
        _store.Setup(s => s.LoadAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(() => new ConversationData());
        await using var app = App();
        var client = app.Start();
        var activity = ActivityBodies.Message("block").ExpectReplies();

        var posting = client.PostActivityAsync(activity);
        await app.Recorder.WaitForAsync(_ => true);
        await PassDeadlineAsync();
        var response = await posting;
        app.Gate.Open();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        await WaitUntilTurnEndedAsync(app, activity);
        _store.Verify(s => s.SaveAsync(It.IsAny<string>(), It.IsAny<ConversationData>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private RoleBotAppFactory App() => new(new RoleBotAppOptions
    {
        EchoBot = true,
        Settings = { ["RoleBot:Protocol:ExpectRepliesTimeout"] = Timeout.ToString() },
        Services = services =>
        {
            services.Replace(ServiceDescriptor.Singleton(_store.Object));
            services.AddSingleton(_clock.Object);
        },
    });

    /// <summary>Fires the deadline of the next request that started one.</summary>
    private async Task PassDeadlineAsync() => (await _deadlines.Reader.ReadAsync().AsTask().WaitAsync(TestTimeouts.Generous))();

    /// <summary>The abandoned turn holds its conversation's lock to its very end, so getting the lock means it is over.</summary>
    private static async Task WaitUntilTurnEndedAsync(RoleBotAppFactory app, JsonNode activity)
    {
        var key = StateKeys.For("emulator", activity["conversation"]!["id"]!.GetValue<string>());
        using var held = await app.Services.GetRequiredService<ConversationLocks>().AcquireAsync(key, CancellationToken.None).WaitAsync(TestTimeouts.Generous);
    }
}
