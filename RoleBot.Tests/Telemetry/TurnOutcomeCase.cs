using System.Text.Json;

namespace RoleBot.Tests.Telemetry;

public sealed record TurnOutcomeCase(string Text, string? Intent, string Outcome)
{
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var c in All())
        {
            data.Add(c.Text);
        }

        return data;
    }

    public static TurnOutcomeCase For(string text) => All().Single(c => c.Text == text);

    private static List<TurnOutcomeCase> All() => JsonSerializer.Deserialize<List<TurnOutcomeCase>>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Telemetry", "TestData", "turn-outcomes.json")),
        new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
}
