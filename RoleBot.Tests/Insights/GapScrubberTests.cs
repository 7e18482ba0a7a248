using System.Text.Json;
using RoleBot.Insights;

namespace RoleBot.Tests.Insights;

public sealed class GapScrubberTests
{
    public static TheoryData<string, string?, string> Cases()
    {
        var data = new TheoryData<string, string?, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Insights", "TestData", "scrub-cases.json");
        foreach (var c in JsonSerializer.Deserialize<List<ScrubCase>>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
        {
            data.Add(c.Text, c.Sender, c.Expected);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RemovesPersonalDataAndKeepsTheQuestion(string text, string? sender, string expected) =>
        Assert.Equal(expected, GapScrubber.Clean(text, sender));

    [Fact]
    public void CutsAVeryLongQuestion() =>
        Assert.Equal(GapScrubber.MaxLength, GapScrubber.Clean(new string('a', 5_000), null).Length);

    private sealed record ScrubCase(string Text, string? Sender, string Expected);
}
