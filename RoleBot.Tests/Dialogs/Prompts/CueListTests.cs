using System.Text.Json.Nodes;
using RoleBot.Dialogs.Prompts;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Dialogs.Prompts;

// The indexed cue lists must say what checking each cue with PlainPhrases said.
public sealed class CueListTests
{
    [Fact]
    public void MatchesEveryShippedCueListAsPlainPhrasesDoesOnEveryTestMessage()
    {
        var lists = ShippedLists().ToList();
        var texts = TestMessages.In("Understanding/TestData", "Dialogs/TestData").Concat(["", "   ", "?!", "Who's ABOVE a director?", "is a GM higher than a VP, right?"]).ToList();
        Assert.True(lists.Count > 20, $"only {lists.Count} lists");
        Assert.True(texts.Count > 500, $"only {texts.Count} messages");

        foreach (var (name, cues) in lists)
        {
            var index = CueList.Of(cues);
            foreach (var text in texts)
            {
                Assert.True(cues.Any(c => PlainPhrases.Contains(text, c)) == index.Contains(text), $"{name} contains, \"{text}\"");
                Assert.True(cues.Any(c => PlainPhrases.StartsWith(text, c)) == index.StartsWith(text), $"{name} starts, \"{text}\"");
                Assert.True(cues.Any(c => PlainPhrases.EndsWith(text, c)) == index.EndsWith(text), $"{name} ends, \"{text}\"");
                Assert.True(cues.FirstOrDefault(c => PlainPhrases.Contains(text, c)) == index.FirstContained(text), $"{name} first, \"{text}\"");
            }
        }
    }

    [Theory]
    [InlineData("is a vp above a GM", true)]
    [InlineData("IS A VP ABOVE", true)]
    [InlineData("above-board", true)]
    [InlineData("aboveground", false)]
    [InlineData("", false)]
    public void FindsACueAsWholeWordsInAnyCase(string text, bool contains)
    {
        Assert.Equal(contains, CueList.Of(["higher than", "above"]).Contains(text));
    }

    [Fact]
    public void GivesTheFirstCueInTheListsOrderNotTheTexts()
    {
        var index = CueList.Of(["more strategic", "more hands-on"]);

        Assert.Equal("more strategic", index.FirstContained("is it more hands-on or more strategic?"));
    }

    [Fact]
    public void MatchesAWordlessCueOnlyToAWordlessText()
    {
        var index = CueList.Of(["?!", "hello"]);

        Assert.Equal("?!", index.FirstContained("..."));
        Assert.Equal("hello", index.FirstContained("hello there"));
    }

    private static IEnumerable<(string Name, IReadOnlyList<string> Cues)> ShippedLists() =>
        Directory.EnumerateFiles(Path.Combine(KnowledgeTestPaths.RepoRoot, "dialogs"), "*.dialog.json", SearchOption.AllDirectories)
            .SelectMany(file => (JsonNode.Parse(File.ReadAllText(file))?["lists"] as JsonObject ?? [])
                .Where(p => p.Value is JsonArray)
                .Select(p => ($"{Path.GetFileName(file)} {p.Key}", (IReadOnlyList<string>)[.. p.Value!.AsArray().Select(v => v!.GetValue<string>())])));
}
