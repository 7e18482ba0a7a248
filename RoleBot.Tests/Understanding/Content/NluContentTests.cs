using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using RoleBot.Content.LanguageUnderstanding;
using RoleBot.Tests.Support;
using RoleBot.Understanding;
using RoleBot.Understanding.Content;

namespace RoleBot.Tests.Understanding.Content;

public sealed class NluContentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nlu-content-").FullName;
    private readonly ManualTimeProvider _clock = new();
    private readonly LogSink _logs = new();

    public NluContentTests()
    {
        foreach (var file in Directory.GetFiles(TestRecognizer.ContentFolder, "*.json"))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void EditorsChangeBehaviourByEditingTheFiles()
    {
        var recognizer = new RoleRecognizer(new RoleBot.Content.Knowledge.FixedKnowledgeBaseProvider(TestKnowledge.Fixture()), Provider());
        Assert.DoesNotContain(recognizer.Recognize("is a boffin higher than a VP?").Roles, r => r.Candidates.Contains("manager"));

        EditSynonyms();
        _clock.Advance(TimeSpan.FromSeconds(1)); // the provider looks at timestamps at most once a second

        Assert.Equal(["manager"], recognizer.Recognize("is a boffin higher than a VP?").Roles[0].Candidates);
    }

    [Fact]
    public void CuePatternsAreInterpretedSoTheFirstQuestionPaysNoJitCompilation()
    {
        var cues = NluContentReader.Read(_folder).CompiledIntents.SelectMany(i => i.Cues).ToList();

        Assert.NotEmpty(cues);
        Assert.All(cues, cue => Assert.False(cue.Pattern.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.Compiled)));
    }

    [Fact]
    public void LooksAtTheFilesAtMostOnceASecond()
    {
        var provider = Provider();
        var before = provider.Current;

        EditSynonyms();
        _clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Same(before, provider.Current);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.NotSame(before, provider.Current);
    }

    [Fact]
    public void BrokenEditKeepsTheLastGoodVersion()
    {
        var provider = Provider();
        var before = provider.Current;
        var path = Path.Combine(_folder, NluContentReader.IntentsFileName);
        File.WriteAllText(path, "{ not json");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Same(before, provider.Current);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("keeping the previous version", StringComparison.Ordinal));
    }

    [Fact]
    public void RejectsUnknownIntentNamesWithAClearError()
    {
        var error = Assert.Throws<InvalidDataException>(() => new NluContent(new SynonymsFile(), new IntentsFile { Intents = [new IntentDefinition { Name = "Ranking" }] }));
        Assert.Contains("Ranking", error.Message);
    }

    [Fact]
    public void RejectsInvalidCuePatterns()
    {
        var intents = new IntentsFile { Intents = [new IntentDefinition { Name = "Rank", Cues = [new CuePattern("(unclosed", 0.5)] }] };
        Assert.Throws<InvalidDataException>(() => new NluContent(new SynonymsFile(), intents));
    }

    [Fact]
    public void RealWordsFileIsOptionalAndAddsToTheSynonyms()
    {
        Assert.Contains("expect", NluContentReader.Read(_folder).Synonyms.RealWords);

        File.Delete(Path.Combine(_folder, NluContentReader.RealWordsFileName));
        Assert.Empty(NluContentReader.Read(_folder).Synonyms.RealWords);
    }

    private FileNluContentProvider Provider() => new(_folder, _logs.For<FileNluContentProvider>(), _clock);

    // The timestamp is moved ahead so the change is visible even on file systems with coarse timestamps.
    private void EditSynonyms()
    {
        var path = Path.Combine(_folder, NluContentReader.SynonymsFileName);
        var synonyms = JsonNode.Parse(File.ReadAllText(path))!;
        synonyms["replacements"]!["boffin"] = "manager";
        File.WriteAllText(path, synonyms.ToJsonString());
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
