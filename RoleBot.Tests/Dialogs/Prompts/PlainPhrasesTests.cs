using System.Text.Json;
using RoleBot.Dialogs.Prompts;

namespace RoleBot.Tests.Dialogs.Prompts;

public class PlainPhrasesTests
{
    public static TheoryData<string> Cases => [.. Load().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesWholeWordsIgnoringCaseAndPunctuation(string name)
    {
        var @case = Load().Single(c => c.Name == name);

        Assert.Equal(@case.Contains, PlainPhrases.Contains(@case.Text, @case.Phrase));
        Assert.Equal(@case.StartsWith, PlainPhrases.StartsWith(@case.Text, @case.Phrase));
        Assert.Equal(@case.EndsWith, PlainPhrases.EndsWith(@case.Text, @case.Phrase));
    }

    // The cue checks used to compare normalised strings; the answers must not change with the way they are found.
    [Theory]
    [MemberData(nameof(Cases))]
    public void AgreesWithComparingNormalisedText(string name)
    {
        var @case = Load().Single(c => c.Name == name);
        var text = PlainWords.Normalize(@case.Text);
        var phrase = PlainWords.Normalize(@case.Phrase);

        Assert.Equal($" {text} ".Contains($" {phrase} ", StringComparison.Ordinal), PlainPhrases.Contains(@case.Text, @case.Phrase));
        Assert.Equal($"{text} ".StartsWith($"{phrase} ", StringComparison.Ordinal), PlainPhrases.StartsWith(@case.Text, @case.Phrase));
        Assert.Equal($" {text}".EndsWith($" {phrase}", StringComparison.Ordinal), PlainPhrases.EndsWith(@case.Text, @case.Phrase));
    }

    private static List<PhraseCase> Load() =>
        JsonSerializer.Deserialize<List<PhraseCase>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Dialogs", "Prompts", "TestData", "phrases.json")),
            JsonSerializerOptions.Web)!;

    public sealed record PhraseCase(string Name, string? Text, string Phrase, bool Contains, bool StartsWith, bool EndsWith);
}
