using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Hosting.WarmUp;
using RoleBot.Protocol;
using RoleBot.State;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Hosting.WarmUp;

/// <summary>The warm-up's /api/messages turn answers, yet leaves no state, metric or recorded turn behind.</summary>
public sealed class WarmUpEndpointTests
{
    [Fact]
    public async Task AnswersThroughAPrivateEndpointAndLeavesNoStateOrTurnMetric()
    {
        using var app = new RoleBotAppFactory();
        _ = app.CreateClient();
        using var metrics = new MetricRecorder(app.Services.GetRequiredService<IMeterFactory>());

        var replies = await app.Services.GetRequiredService<WarmUpEndpoint>().RunAsync(CancellationToken.None);

        Assert.True(replies > 0);
        Assert.Empty(metrics.Of("rolebot.turns"));
        var key = StateKeys.For(WarmUpActivities.Message(ChannelIds.Emulator, WarmUpTurns.Question));
        Assert.Empty((await app.Services.GetRequiredService<IConversationStateStore>().LoadAsync(key, CancellationToken.None)).LastRoleIds);
    }

    [Fact]
    public async Task RunsNoTurnOnABotThatIsNotRoleBots()
    {
        using var app = new RoleBotAppFactory(new RoleBotAppOptions { EchoBot = true });
        _ = app.CreateClient();

        var replies = await app.Services.GetRequiredService<WarmUpEndpoint>().RunAsync(CancellationToken.None);

        Assert.Equal(0, replies);
        Assert.Empty(app.Recorder.All);
    }
}
