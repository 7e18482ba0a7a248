using System.Text.Json;
using RoleBot.Tests.Support;
using Xunit.Abstractions;

namespace RoleBot.Tests.Understanding.Realistic;

// Messages written as people type them in Teams and Slack, before the recognizer was read (issue 13). The blind
// batch is tuned against; the holdout batch never is. Floors per class are in TestData/realistic-floors.json.
public sealed class RealisticMessagesTests(ITestOutputHelper output)
{
    public static TheoryData<string> Batches => new() { "blind", "holdout" };

    [Theory]
    [MemberData(nameof(Batches))]
    public void BatchMeetsItsPerClassFloors(string batch)
    {
        var score = Score($"realistic-{batch}.json");
        output.WriteLine(score.Render(batch));
        var floors = Floors()[batch];
        Assert.True(score.Count >= (batch == "blind" ? 300 : 100), $"only {score.Count} messages");
        foreach (var (cls, floor) in floors)
        {
            Assert.True(score.Intent(cls) >= floor.Intent, $"{batch}/{cls}: intent {score.Intent(cls):P1} < {floor.Intent:P1}");
            Assert.True(score.Roles(cls) >= floor.Roles, $"{batch}/{cls}: roles {score.Roles(cls):P1} < {floor.Roles:P1}");
            Assert.True(score.Verdicts(cls) >= floor.Verdict, $"{batch}/{cls}: verdict {score.Verdicts(cls):P1} < {floor.Verdict:P1}");
        }
    }

    // A verdict label is only as good as the knowledge base behind it.
    [Theory]
    [MemberData(nameof(Batches))]
    public void EveryVerdictLabelIsWhatTheKnowledgeBaseSays(string batch)
    {
        var score = new RealisticScore(ShippedKnowledgeBase.Instance);
        var wrong = RealisticCase.Load($"realistic-{batch}.json")
            .Where(c => c.Verdict is not null && score.Verdict(c.Roles) != c.Verdict)
            .Select(c => $"{c.Text} → {score.Verdict(c.Roles)}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void EveryClassHasAFloor()
    {
        var floors = Floors();
        foreach (var batch in new[] { "blind", "holdout" })
        {
            var classes = RealisticCase.Load($"realistic-{batch}.json").Select(c => c.Class).Distinct();
            Assert.All(classes, cls => Assert.Contains(cls, floors[batch].Keys));
        }
    }

    private static RealisticScore Score(string file)
    {
        var recognizer = TestRecognizer.Shipped;
        var score = new RealisticScore(ShippedKnowledgeBase.Instance);
        foreach (var c in RealisticCase.Load(file))
        {
            var result = recognizer.Recognize(c.Text);
            score.Add(c, c.Prompt is null ? result : AtPrompt.Read(result));
        }

        return score;
    }

    private sealed record Floor(double Intent, double Roles, double Verdict);

    private static Dictionary<string, Dictionary<string, Floor>> Floors()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Understanding", "TestData", "realistic-floors.json");
        return JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, Floor>>>(
            File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }
}
