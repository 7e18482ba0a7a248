using System.Text.Json;

namespace RoleBot.Tests.Understanding.Roles;

// "VP of Customer Success" is a VP; the qualifier is kept to be shown beside the role, never mapped to another role.
public sealed class TitleQualifierTests
{
    public sealed record Case(string Text, List<string> Roles, List<string?> Qualifiers);

    public static TheoryData<string> Texts => [.. Load().Select(c => c.Text)];

    [Theory]
    [MemberData(nameof(Texts))]
    public void KeepsTheQualifierBesideTheBaseRole(string text)
    {
        var expected = Load().Single(c => c.Text == text);
        var result = TestRecognizer.Shipped.Recognize(text);
        Assert.Equal(expected.Roles, result.Roles.Select(r => Assert.Single(r.Candidates)));
        Assert.Equal(expected.Qualifiers, result.Roles.Select(r => r.Qualifier));
    }

    private static List<Case> Load() =>
        JsonSerializer.Deserialize<List<Case>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Understanding", "Roles", "TestData", "title-qualifiers.json")),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
}
