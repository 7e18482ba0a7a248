using System.Text.Json;

namespace RoleBot.Tests.Understanding.Roles;

// Only words shaped like a job title are ever named back as an unknown role; instructions and noise never are.
public sealed class TitleShapeTests
{
    public sealed record Case(string Text, List<string> Named, string? Title = null);

    public static TheoryData<string> Texts => [.. Load().Select(c => c.Text)];

    [Theory]
    [MemberData(nameof(Texts))]
    public void NamesOnlyTitleShapedWordsAsUnknownRoles(string text)
    {
        var expected = Load().Single(c => c.Text == text);
        var result = TestRecognizer.Shipped.Recognize(text);
        Assert.Equal(expected.Named, result.UnknownRoles, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(expected.Title, result.TitleCandidate);
        Assert.DoesNotContain("PWNED", string.Join(' ', result.UnknownRoles.Append(result.TitleCandidate ?? "")), StringComparison.OrdinalIgnoreCase);
    }

    private static List<Case> Load() =>
        JsonSerializer.Deserialize<List<Case>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Understanding", "Roles", "TestData", "unknown-titles.json")),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
}
