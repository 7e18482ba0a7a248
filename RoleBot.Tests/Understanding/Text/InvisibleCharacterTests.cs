using System.Text.Json;
using RoleBot.Understanding.Text;

namespace RoleBot.Tests.Understanding.Text;

/// <summary>Invisible format characters (Unicode Cf) inside words: removed before understanding, never echoed.</summary>
public sealed class InvisibleCharacterTests
{
    public static TheoryData<string> CleanerCases() => [.. LoadCases().Select(c => c.Name)];

    public static TheoryData<string> UtteranceCases() => [.. UtteranceSpec.Load("utterances.invisible.json").Select(s => s.Text)];

    [Theory]
    [MemberData(nameof(CleanerCases))]
    public void CleanerRemovesFormatCharacters(string name)
    {
        var testCase = LoadCases().Single(c => c.Name == name);

        var cleaned = TextCleaner.Clean(testCase.Raw, 500);

        Assert.Equal(testCase.Cleaned, cleaned);
        Assert.DoesNotContain(cleaned.EnumerateRunes(), r => System.Text.Rune.GetUnicodeCategory(r) == System.Globalization.UnicodeCategory.Format);
    }

    [Theory]
    [MemberData(nameof(UtteranceCases))]
    public void RoleNamesWithInvisibleCharactersAreUnderstood(string text)
    {
        var spec = UtteranceSpec.Load("utterances.invisible.json").Single(s => s.Text == text);

        var result = TestRecognizer.Shipped.Recognize(spec.Input);

        Assert.Equal(spec.Intent, result.Intent);
        Assert.True(spec.RolesMatch(result), $"roles: {string.Join(" | ", result.Roles.Select(r => string.Join(",", r.Candidates)))}");
        Assert.Empty(result.UnknownRoles);
    }

    private static List<CleanerCase> LoadCases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Understanding", "Text", "TestData", "invisible-characters.json");
        return JsonSerializer.Deserialize<List<CleanerCase>>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    private sealed record CleanerCase(string Name, string Raw, string Cleaned);
}
