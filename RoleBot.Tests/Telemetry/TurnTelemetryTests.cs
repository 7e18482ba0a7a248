using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Telemetry;

/// <summary>rolebot.turns and its histograms, counted by the real bot for real questions.</summary>
public sealed class TurnTelemetryTests(DefaultApp app) : IClassFixture<DefaultApp>
{
    [Theory]
    [MemberData(nameof(TurnOutcomeCase.Texts), MemberType = typeof(TurnOutcomeCase))]
    public async Task EachQuestionIsCountedOnceWithItsIntentAndOutcome(string text)
    {
        var expected = TurnOutcomeCase.For(text);
        var client = app.CreateClient();
        using var metrics = new MetricRecorder(app.Services.GetRequiredService<IMeterFactory>());
        var conversation = $"metrics-{Guid.NewGuid()}";

        var response = await client.PostActivityAsync(ActivityBodies.Message(text, conversationId: conversation).ExpectReplies());

        response.EnsureSuccessStatusCode();
        var turn = Assert.Single(metrics.Of("rolebot.turns"));
        Assert.Equal(1, turn.Value);
        Assert.Equal(expected.Outcome, turn.Tags["outcome"]);
        Assert.Equal("emulator", turn.Tags["channel"]);
        if (expected.Intent is { } intent)
        {
            Assert.Equal(intent, turn.Tags["intent"]);
        }

        var duration = Assert.Single(metrics.Of("rolebot.turn.duration"));
        Assert.True(duration.Value > 0);
        Assert.Equal(expected.Outcome, duration.Tags["outcome"]);
        Assert.Single(metrics.Of("rolebot.understanding.duration"));
    }

    [Fact]
    public async Task AFailingTurnCountsAsAnError()
    {
        await using var echo = new EchoBotApp();
        var client = echo.CreateClient();
        using var metrics = new MetricRecorder(echo.Services.GetRequiredService<IMeterFactory>());

        await client.PostActivityAsync(ActivityBodies.Message("boom").ExpectReplies());

        Assert.Equal("error", Assert.Single(metrics.Of("rolebot.turns")).Tags["outcome"]);
    }

    [Fact]
    public async Task AChannelIdNobodyKnowsIsOneValueNotOnePerCaller()
    {
        var client = app.CreateClient();
        using var metrics = new MetricRecorder(app.Services.GetRequiredService<IMeterFactory>());
        var activity = ActivityBodies.Message("hello").ExpectReplies();
        activity["channelId"] = $"made-up-{Guid.NewGuid()}";

        await client.PostActivityAsync(activity);

        Assert.Equal("other", Assert.Single(metrics.Of("rolebot.turns")).Tags["channel"]);
    }

    [Fact]
    public void TheKnowledgeBaseLoadAndDirectLineConversationsAreObserved()
    {
        app.CreateClient();
        using var metrics = new MetricRecorder(app.Services.GetRequiredService<IMeterFactory>());

        // Each read collects the observed instruments again, so the newest value is the last one.
        Assert.True(metrics.Of("rolebot.knowledge_base.reloads")[^1].Value >= 1);
        Assert.Equal(0, metrics.Of("rolebot.knowledge_base.reload_failures")[^1].Value);
        Assert.NotEmpty(metrics.Of("rolebot.directline.conversations"));
    }
}
