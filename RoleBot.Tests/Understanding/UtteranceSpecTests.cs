using Xunit.Abstractions;

namespace RoleBot.Tests.Understanding;

public sealed class UtteranceSpecTests(ITestOutputHelper output)
{
    private static readonly string[] SpecFiles = ["utterances.json", "utterances.hostile.json"];

    [Fact]
    public void OwnSpecsMeetTheAccuracyFloors()
    {
        var report = Run(SpecFiles);
        output.WriteLine(report.Render("own specs"));
        Assert.True(report.Count >= 400, $"only {report.Count} specs");
        Assert.True(report.IntentAccuracy >= 0.95, $"intent accuracy {report.IntentAccuracy:P1}");
        Assert.True(report.RoleAccuracy >= 0.97, $"role accuracy {report.RoleAccuracy:P1}");
        Assert.True(report.OutOfScopeRecall >= 0.8, $"out-of-scope recall {report.OutOfScopeRecall:P1}");
        Assert.True(report.FalseRejections <= 0.05, $"false rejections {report.FalseRejections:P1}");
    }

    // Written before the rules were tuned and never tuned against: the floors are looser on purpose.
    [Fact]
    public void HeldOutSetMeetsLooserFloors()
    {
        var report = Run(["utterances.heldout.json"]);
        output.WriteLine(report.Render("held-out"));
        Assert.True(report.IntentAccuracy >= 0.8, $"intent accuracy {report.IntentAccuracy:P1}");
        Assert.True(report.RoleAccuracy >= 0.85, $"role accuracy {report.RoleAccuracy:P1}");
    }

    // Written as real users type: the first 202 before the rules were read, two more batches after rounds of
    // tuning, each measured before it was tuned against. The floors are what it honestly reaches.
    [Fact]
    public void BlindSetMeetsItsFloors()
    {
        var report = Run(["utterances.blind.json"]);
        output.WriteLine(report.Render("blind"));
        Assert.True(report.Count >= 200, $"only {report.Count} specs");
        Assert.True(report.IntentAccuracy >= 0.97, $"intent accuracy {report.IntentAccuracy:P1}");
        Assert.True(report.RoleAccuracy >= 0.98, $"role accuracy {report.RoleAccuracy:P1}");
        Assert.True(report.DetailAccuracy >= 0.97, $"details {report.DetailAccuracy:P1}");
        Assert.True(report.OutOfScopeRecall >= 0.9, $"out-of-scope recall {report.OutOfScopeRecall:P1}");
        Assert.True(report.FalseRejections <= 0.02, $"false rejections {report.FalseRejections:P1}");
    }

    // Split off the blind set before any tuning and never tuned against.
    [Fact]
    public void BlindHoldoutMeetsLooserFloors()
    {
        var report = Run(["utterances.blind-holdout.json"]);
        output.WriteLine(report.Render("blind holdout"));
        Assert.True(report.Count >= 50, $"only {report.Count} specs");
        Assert.True(report.IntentAccuracy >= 0.9, $"intent accuracy {report.IntentAccuracy:P1}");
        Assert.True(report.RoleAccuracy >= 0.9, $"role accuracy {report.RoleAccuracy:P1}");
    }

    private static SpecReport Run(IEnumerable<string> files)
    {
        var recognizer = TestRecognizer.Shipped;
        var report = new SpecReport();
        foreach (var spec in files.SelectMany(UtteranceSpec.Load))
        {
            report.Add(spec, recognizer.Recognize(spec.Input));
        }

        return report;
    }
}
