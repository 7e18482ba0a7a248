using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using RoleBot.Understanding;
using RoleBot.Understanding.Content;

namespace RoleBot.Tests.Understanding;

public sealed class NluContentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nlu-content-").FullName;

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
        var provider = new FileNluContentProvider(_folder, NullLogger<FileNluContentProvider>.Instance);
        var recognizer = new RoleRecognizer(new RoleBot.Knowledge.FixedKnowledgeBaseProvider(TestKnowledge.Fixture()), provider);
        Assert.DoesNotContain(recognizer.Recognize("is a boffin higher than a VP?").Roles, r => r.Candidates.Contains("manager"));

        var path = Path.Combine(_folder, NluContentReader.SynonymsFileName);
        var synonyms = JsonNode.Parse(File.ReadAllText(path))!;
        synonyms["replacements"]!["boffin"] = "manager";
        File.WriteAllText(path, synonyms.ToJsonString());
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        Thread.Sleep(1100); // the provider looks at timestamps at most once a second

        Assert.Equal(["manager"], recognizer.Recognize("is a boffin higher than a VP?").Roles[0].Candidates);
    }

    [Fact]
    public void BrokenEditKeepsTheLastGoodVersion()
    {
        var provider = new FileNluContentProvider(_folder, NullLogger<FileNluContentProvider>.Instance);
        var before = provider.Current;
        var path = Path.Combine(_folder, NluContentReader.IntentsFileName);
        File.WriteAllText(path, "{ not json");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        Thread.Sleep(1100);

        Assert.Same(before, provider.Current);
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

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
