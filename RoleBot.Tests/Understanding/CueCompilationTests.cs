using System.Text.RegularExpressions;
using RoleBot.Tests.Support;
using RoleBot.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace RoleBot.Tests.Understanding;

public sealed class CueCompilationTests
{
    [Fact]
    public async Task CompilesEveryCueOnceTheBotHasStarted()
    {
        await using var app = new RoleBotAppFactory(new RoleBotAppOptions { Settings = { ["RoleBot:Understanding:CompileCues"] = "true", ["RoleBot:Understanding:CompileCuesAfter"] = "00:00:00" } });
        using var client = app.CreateClient();
        var recognizer = (RoleRecognizer)app.Services.GetRequiredService<IRoleRecognizer>();

        // The cues are swapped in before the line that reports them is logged, so both are waited for.
        await Eventually.HoldsAsync(() => Task.FromResult(recognizer.Model().CuesCompiled && app.Logs.Lines.Any(l => l.Contains("intent cues in", StringComparison.Ordinal))));

        Assert.All(recognizer.Model().Content.CompiledIntents.SelectMany(i => i.Cues), c => Assert.True((c.Pattern.Options & RegexOptions.Compiled) != 0));
        Assert.Contains(app.Logs.Lines, l => l.Contains("intent cues in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LeavesTheCuesInterpretedWhenTurnedOff()
    {
        await using var app = new RoleBotAppFactory(new RoleBotAppOptions { Settings = { ["RoleBot:Understanding:CompileCuesAfter"] = "00:00:00" } });
        using var client = app.CreateClient();
        var recognizer = (RoleRecognizer)app.Services.GetRequiredService<IRoleRecognizer>();
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.False(recognizer.Model().CuesCompiled);
    }

    [Fact]
    public void UnderstandsEveryGoldenQuestionTheSameWithCompiledCues()
    {
        var interpreted = TestRecognizer.Create(ShippedKnowledgeBase.Instance);
        var compiled = TestRecognizer.Create(ShippedKnowledgeBase.Instance);
        var questions = TestMessages.In("Understanding/TestData");
        Assert.True(questions.Count > 500, $"only {questions.Count} questions");
        var before = questions.Select(q => Describe(interpreted.Recognize(q))).ToList();

        Assert.True(compiled.Model().CompileCues() > 0);

        Assert.True(compiled.Model().CuesCompiled);
        Assert.False(interpreted.Model().CuesCompiled);
        Assert.Equal(before, questions.Select(q => Describe(compiled.Recognize(q))));
    }

    private static string Describe(UnderstandingResult r) =>
        $"{r.Intent} {r.Confidence:F4} {string.Join(",", r.Roles.Select(m => string.Join("|", m.Candidates)))} {string.Join(",", r.Alternatives.Select(a => $"{a.Intent}:{a.Score:F4}"))}";
}
