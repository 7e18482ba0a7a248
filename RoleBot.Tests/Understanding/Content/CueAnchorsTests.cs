using System.Text.Json;
using System.Text.RegularExpressions;
using RoleBot.Content.LanguageUnderstanding;
using RoleBot.Understanding.Content;
using RoleBot.Understanding.Intents;
using RoleBot.Understanding.Text;

namespace RoleBot.Tests.Understanding.Content;

// Cue patterns are screened by the literal text they need before the regex runs (issue 13, understanding speed).
public sealed class CueAnchorsTests
{
    public sealed record Case(string Pattern, List<List<string>> Anchors);

    public static TheoryData<string> Patterns => [.. Load().Select(c => c.Pattern)];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void ReadsTheTextAPatternCannotMatchWithout(string pattern)
    {
        var expected = Load().Single(c => c.Pattern == pattern).Anchors;

        var anchors = CueAnchors.Of(pattern);

        Assert.Equal(expected.Select(a => a.Order(StringComparer.Ordinal)), anchors.Select(a => a.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void ShippedCuesAlmostAllHaveAnchors()
    {
        var cues = NluContentReader.Read(TestRecognizer.ContentFolder).CompiledIntents.SelectMany(i => i.Cues).ToList();

        Assert.True(cues.Count(c => c.Anchors.Count == 0) <= cues.Count / 10, "most cues should be screened");
    }

    [Fact]
    public void TheScreenNeverHidesACueThatMatches()
    {
        var cues = NluContentReader.Read(TestRecognizer.ContentFolder).CompiledIntents.SelectMany(i => i.Cues).ToList();
        var screen = new CueScreen(cues);
        var candidates = new bool[cues.Count];
        // Without the product's 50 ms timeout, which a loaded test machine can hit, so that no match is missed.
        var regexes = cues.Select(c => new Regex(c.Pattern.ToString(), c.Pattern.Options)).ToList();
        var matched = 0;

        foreach (var template in Templates())
        {
            screen.Candidates(template, candidates);
            for (var i = 0; i < cues.Count; i++)
            {
                if (regexes[i].IsMatch(template))
                {
                    matched++;
                    Assert.True(candidates[i], $"cue '{cues[i].Pattern}' matches '{template}' but was screened out");
                }
            }
        }

        Assert.True(matched > 1000, $"only {matched} matches: the templates do not exercise the cues");
    }

    // Lower-case words (as many as the tokenizer keeps) of every intent example and every realistic message, each also with one word as a role slot.
    private static IEnumerable<string> Templates()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Understanding", "TestData");
        var texts = NluContentReader.Read(TestRecognizer.ContentFolder).Intents.Intents.SelectMany(i => i.Examples)
            .Concat(new[] { "realistic-blind.json", "realistic-holdout.json" }.SelectMany(f =>
                JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, f))).RootElement.EnumerateArray().Select(c => c.GetProperty("text").GetString()!)));
        foreach (var text in texts)
        {
            var words = Regex.Matches(text.ToLowerInvariant().Replace("{role}", "xrolex"), @"[\p{L}\p{N}']+").Select(m => m.Value.Replace("xrolex", "<role>")).Take(Tokenizer.MaxTokens).ToArray();
            yield return string.Join(' ', words);
            for (var i = 0; i < words.Length; i++)
            {
                yield return string.Join(' ', words.Select((w, j) => j == i ? "<role>" : w));
            }
        }
    }

    private static List<Case> Load() =>
        JsonSerializer.Deserialize<List<Case>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Understanding", "Content", "TestData", "cue-anchors.json")),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
}
