using System.Text.Json;
using RoleBot.Understanding;

namespace RoleBot.Tests.Understanding.Intents;

// A message longer than the recognizer reads at once is searched for its question, wherever it is (issue 13).
public sealed class LongMessageTests
{
    public sealed record Case(string Name, string Before, int Repeat, string Question, string After, Intent Intent, List<string> Roles)
    {
        public string Text => string.Concat(Enumerable.Repeat(Before, Repeat)) + Question + After;
    }

    public static TheoryData<string> Names => [.. Load().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void FindsTheQuestionWhereverItIs(string name)
    {
        var c = Load().Single(x => x.Name == name);
        Assert.InRange(c.Text.Length, 1_500, 4_000);
        var result = TestRecognizer.Shipped.Recognize(c.Text);
        Assert.Equal(c.Intent, result.Intent);
        Assert.Equal(c.Roles, result.Roles.Select(r => Assert.Single(r.Candidates)));
        Assert.Empty(result.UnknownRoles);
    }

    private static List<Case> Load() =>
        JsonSerializer.Deserialize<List<Case>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Understanding", "Intents", "TestData", "long-messages.json")),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } })!;
}
