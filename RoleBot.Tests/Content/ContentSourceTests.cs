using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using RoleBot.Content;
using RoleBot.Content.Answers;
using RoleBot.Content.Dialogs;
using RoleBot.Content.Templates;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Content;

// The one reload mechanism every content file uses: same trigger, same keep-last-good, same log lines.
public sealed class ContentSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rolebot-source-").FullName;
    private readonly ManualTimeProvider _clock = new();
    private readonly LogSink _logs = new();
    private readonly string _path;

    public ContentSourceTests()
    {
        _path = Path.Combine(_folder, "words.txt");
        File.WriteAllText(_path, "one");
    }

    [Fact]
    public void ABrokenFileAtStartupThrowsItsReason()
    {
        File.WriteAllText(_path, "");

        var error = Assert.Throws<InvalidDataException>(Source);

        Assert.Contains(_path, error.Message);
    }

    [Fact]
    public void LooksAtTheFilesAtMostOncePerInterval()
    {
        var source = Source();

        Edit("two");
        _clock.Advance(ContentSource<string>.CheckInterval - TimeSpan.FromMilliseconds(1));
        Assert.Equal("one", source.Current);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("two", source.Current);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Information && e.Message == $"Content words reloaded: words.txt changed in {_path}");
    }

    [Fact]
    public void ABrokenEditKeepsTheLastGoodVersionAndIsReportedOnce()
    {
        var source = Source();

        Edit("");
        _clock.Advance(ContentSource<string>.CheckInterval);
        Assert.Equal("one", source.Current);
        _clock.Advance(ContentSource<string>.CheckInterval);
        Assert.Equal("one", source.Current);

        var logged = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal($"Content words reload failed: words.txt in {_path}: {_path} is empty; keeping the previous version", logged.Message);

        Edit("three");
        _clock.Advance(ContentSource<string>.CheckInterval);
        Assert.Equal("three", source.Current);
    }

    [Fact]
    public void ADeletedFileKeepsTheLastGoodVersion()
    {
        var source = Source();

        File.Delete(_path);
        _clock.Advance(ContentSource<string>.CheckInterval);

        Assert.Equal("one", source.Current);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(_path, StringComparison.Ordinal));
    }

    [Fact]
    public void AnswersReloadWhenTheirFileChanges()
    {
        var path = Path.Combine(_folder, "answers.json");
        File.Copy(Path.Combine(CardTestContent.DialogsRoot, AnswerTemplatesLoader.RelativePath), path);
        var answers = new FileAnswerTemplatesProvider(path, _logs.For<FileAnswerTemplatesProvider>(), _clock);

        File.WriteAllText(path, File.ReadAllText(path).Replace("\"heading.sources\": \"Sources\"", "\"heading.sources\": \"Where this comes from\""));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        _clock.Advance(ContentSource<string>.CheckInterval);

        Assert.Equal("Where this comes from", answers.Current["heading.sources"]);
    }

    [Fact]
    public void DialogTextsReloadWhenTheirFileChanges()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, ContentPaths.DialogsFolder, "Ask"));
        var path = Path.Combine(folder.FullName, "Ask.dialog.json");
        File.WriteAllText(path, """{ "texts": { "q": "Which ${role}?" } }""");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(ContentPaths.ContentRootKey, _folder)]).Build();
        var store = new DialogContentStore(configuration, _logs.For<DialogContentStore>(), _clock);
        TemplateKey[] texts = [new("q", "role")];
        Assert.Equal("Which CEO?", store.Get("Ask", texts).Text("q", ("role", "CEO")));

        File.WriteAllText(path, """{ "texts": { "q": "Which ${role} exactly?" } }""");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        _clock.Advance(ContentSource<string>.CheckInterval);

        Assert.Equal("Which CEO exactly?", store.Get("Ask", texts).Text("q", ("role", "CEO")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ContentSource<string> Source() => new("words", _path, [_path], Read, _logs.For<ContentSourceTests>(), _clock);

    private string Read()
    {
        var text = File.ReadAllText(_path);
        return text.Length > 0 ? text : throw new InvalidDataException($"{_path} is empty");
    }

    // The timestamp is moved ahead so the change is visible even on file systems with coarse timestamps.
    private void Edit(string text)
    {
        File.WriteAllText(_path, text);
        File.SetLastWriteTimeUtc(_path, DateTime.UtcNow.AddMinutes(1));
    }
}
