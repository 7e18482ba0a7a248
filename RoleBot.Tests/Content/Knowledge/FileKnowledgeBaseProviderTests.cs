using Microsoft.Extensions.Logging;
using RoleBot.Content.Knowledge;
using RoleBot.Knowledge.Validation;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Content.Knowledge;

public sealed class FileKnowledgeBaseProviderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rolebot-kb-").FullName;
    private readonly string _path;
    private readonly string _valid = File.ReadAllText(KnowledgeTestPaths.TestData("minimal.kb.json"));
    private readonly LogSink _logs = new();
    private readonly ManualTimeProvider _clock = new();

    public FileKnowledgeBaseProviderTests()
    {
        _path = Path.Combine(_folder, "roles.kb.json");
        File.WriteAllText(_path, _valid);
    }

    [Fact]
    public void ValidEditIsServedAfterReload()
    {
        var provider = Provider();
        var before = provider.Current;

        ReplaceFile(_valid.Replace("\"Runs the company.\"", "\"Leads everything.\""));
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.NotSame(before, provider.Current);
        Assert.Equal("Leads everything.", provider.Current.FindRole("ceo")!.Description);
    }

    [Fact]
    public void FileReplacedByRenameIsReloaded()
    {
        var provider = Provider();
        var temp = Path.Combine(_folder, "roles.kb.json.tmp");

        // Editors such as vim and VS Code save by writing a temporary file and renaming it over the original.
        File.WriteAllText(temp, _valid.Replace("\"Analyses.\"", "\"Analyses data.\""));
        File.SetLastWriteTimeUtc(temp, DateTime.UtcNow.AddMinutes(1));
        File.Move(temp, _path, overwrite: true);
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("Analyses data.", provider.Current.FindRole("analyst")!.Description);
    }

    [Fact]
    public void InvalidEditKeepsPreviousKnowledgeBaseAndLogsErrors()
    {
        var provider = Provider();
        var before = provider.Current;

        ReplaceFile(_valid.Replace("\"reportsTo\": [\"ceo\"]", "\"reportsTo\": [\"nobody\"]"));
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Same(before, provider.Current);
        var logged = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("$.roles[1].reportsTo[0]: unknown role 'nobody'", logged.Message);
        Assert.Contains(_path, logged.Message);
    }

    [Fact]
    public void ReloadReturnsFalseForInvalidFileAndTrueOnceFixed()
    {
        var provider = Provider();
        File.WriteAllText(_path, "{ not json");
        Assert.False(provider.Reload());

        File.WriteAllText(_path, _valid);
        Assert.True(provider.Reload());
    }

    [Fact]
    public void InvalidFileAtStartupThrowsWithEveryError()
    {
        File.WriteAllText(_path, _valid.Replace("\"track\": \"product\"", "\"track\": \"galactic\"").Replace("\"relatedRoles\": [\"ceo\"]", "\"relatedRoles\": [\"x\"]"));

        var exception = Assert.Throws<KnowledgeBaseException>(Provider);

        Assert.Equal(2, exception.Errors.Count);
    }

    private FileKnowledgeBaseProvider Provider() => new(_path, _logs.For<FileKnowledgeBaseProvider>(), _clock);

    // The timestamp is moved ahead so the change is visible even on file systems with coarse timestamps.
    private void ReplaceFile(string content)
    {
        File.WriteAllText(_path, content);
        File.SetLastWriteTimeUtc(_path, DateTime.UtcNow.AddMinutes(1));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
