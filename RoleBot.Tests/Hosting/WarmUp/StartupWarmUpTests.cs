using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;
using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Protocol.Connector;
using RoleBot.State;
using RoleBot.Tests.Support;
using RoleBot.Understanding;

namespace RoleBot.Tests.Hosting.WarmUp;

public sealed class StartupWarmUpTests
{
    [Fact]
    public async Task WarmUpAtStartupLoadsSavesAndSendsNothing()
    {
        // Strict mocks throw on any call, so a warm-up that touched state or sent a reply would fail and say so.
        var store = new Mock<IConversationStateStore>(MockBehavior.Strict);
        var connector = new Mock<IConnectorClient>(MockBehavior.Strict);
        using var app = new RoleBotAppFactory(new RoleBotAppOptions
        {
            Services = services =>
            {
                services.Replace(ServiceDescriptor.Singleton(store.Object));
                services.Replace(ServiceDescriptor.Singleton(connector.Object));
            },
        });

        var health = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains(WarmUpLines(app), l => l.Contains("Warm-up finished", StringComparison.Ordinal) && l.Contains("7 replies", StringComparison.Ordinal));
        store.VerifyNoOtherCalls();
        connector.VerifyNoOtherCalls();
        Assert.Equal(0, app.Services.GetRequiredService<DirectLineConversationStore>().Count);
    }

    [Fact]
    public async Task FailingWarmUpIsLoggedAndTheBotStillStarts()
    {
        var recognizer = new Mock<IRoleRecognizer>();
        recognizer.Setup(r => r.Recognize(It.IsAny<string>())).Throws(new InvalidOperationException("recognizer broken"));
        using var app = new RoleBotAppFactory(new RoleBotAppOptions { Services = services => services.Replace(ServiceDescriptor.Singleton(recognizer.Object)) });

        var health = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains(WarmUpLines(app), l => l.StartsWith("Warning", StringComparison.Ordinal)
            && l.Contains("Warm-up failed", StringComparison.Ordinal) && l.Contains("recognizer broken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HealthzAnswersOnlyOnceTheWarmUpIsDone()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new ManualResetEventSlim();
        var recognizer = new Mock<IRoleRecognizer>();
        recognizer.Setup(r => r.Recognize(It.IsAny<string>())).Returns(() =>
        {
            entered.TrySetResult();
            release.Wait(TimeSpan.FromSeconds(30));
            return new UnderstandingResult { Text = "", Intent = Intent.None, Confidence = 0 };
        });
        using var app = new RoleBotAppFactory(new RoleBotAppOptions { Services = services => services.Replace(ServiceDescriptor.Singleton(recognizer.Object)) });

        var starting = Task.Run(() => app.CreateClient());
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(starting.IsCompleted, "the host answered before its warm-up finished");

        release.Set();
        var health = await (await starting).GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static IEnumerable<string> WarmUpLines(RoleBotAppFactory app) =>
        app.Logs.Lines.Where(l => l.Contains("RoleBot.Hosting.WarmUp", StringComparison.Ordinal));
}
