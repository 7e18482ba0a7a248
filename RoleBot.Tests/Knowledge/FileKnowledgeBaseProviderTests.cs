using Microsoft.Extensions.Logging;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Validation;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Knowledge;

public sealed class FileKnowledgeBaseProviderTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly string _folder = Directory.CreateTempSubdirectory("rolebot-kb-").FullName;
    private readonly string _path;
    private readonly string _valid = File.ReadAllText(KnowledgeTestPaths.TestData("minimal.kb.json"));
    private readonly LogSink _logs = new();

    public FileKnowledgeBaseProviderTests()
    {
        _path = Path.Combine(_folder, "roles.kb.json");
        File.WriteAllText(_path, _valid);
    }

    [Fact]
    public async Task ValidEditIsServedAfterReload()
    {
        using var provider = new FileKnowledgeBaseProvider(_path, _logs.For<FileKnowledgeBaseProvider>(), TimeSpan.FromMilliseconds(50));
        var before = provider.Current;

        File.WriteAllText(_path, _valid.Replace("\"Runs the company.\"", "\"Leads everything.\""));

        await WaitUntil(() => !ReferenceEquals(provider.Current, before));
        Assert.Equal("Leads everything.", provider.Current.FindRole("ceo")!.Description);
    }

    [Fact]
    public async Task FileReplacedByRenameIsReloaded()
    {
        using var provider = new FileKnowledgeBaseProvider(_path, _logs.For<FileKnowledgeBaseProvider>(), TimeSpan.FromMilliseconds(50));
        var temp = Path.Combine(_folder, "roles.kb.json.tmp");

        // Editors such as vim and VS Code save by writing a temporary file and renaming it over the original.
        File.WriteAllText(temp, _valid.Replace("\"Analyses.\"", "\"Analyses data.\""));
        File.Move(temp, _path, overwrite: true);

        await WaitUntil(() => provider.Current.FindRole("analyst")!.Description == "Analyses data.");
    }

    [Fact]
    public async Task InvalidEditKeepsPreviousKnowledgeBaseAndLogsErrors()
    {
        using var provider = new FileKnowledgeBaseProvider(_path, _logs.For<FileKnowledgeBaseProvider>(), TimeSpan.FromMilliseconds(50));
        var before = provider.Current;

        ReplaceFile(_valid.Replace("\"reportsTo\": [\"ceo\"]", "\"reportsTo\": [\"nobody\"]"));

        await WaitUntil(() => _logs.Entries.Any(e => e.Level == LogLevel.Error));
        Assert.Same(before, provider.Current);
        // However the watcher's events are spread out, every reload sees the whole edit, so every error names it.
        Assert.All(_logs.Entries.Where(e => e.Level == LogLevel.Error), logged =>
        {
            Assert.Contains("$.roles[1].reportsTo[0]: unknown role 'nobody'", logged.Message);
            Assert.Contains(_path, logged.Message);
        });
    }

    [Fact]
    public void ReloadReturnsFalseForInvalidFileAndTrueOnceFixed()
    {
        using var provider = new FileKnowledgeBaseProvider(_path, _logs.For<FileKnowledgeBaseProvider>(), TimeSpan.FromHours(1));
        File.WriteAllText(_path, "{ not json");
        Assert.False(provider.Reload());

        File.WriteAllText(_path, _valid);
        Assert.True(provider.Reload());
    }

    [Fact]
    public void InvalidFileAtStartupThrowsWithEveryError()
    {
        File.WriteAllText(_path, _valid.Replace("\"track\": \"product\"", "\"track\": \"galactic\"").Replace("\"relatedRoles\": [\"ceo\"]", "\"relatedRoles\": [\"x\"]"));

        var exception = Assert.Throws<KnowledgeBaseException>(() => new FileKnowledgeBaseProvider(_path, _logs.For<FileKnowledgeBaseProvider>()));

        Assert.Equal(2, exception.Errors.Count);
    }

    // An in-place write can be caught half done by a reload on a busy machine; a rename is atomic.
    private void ReplaceFile(string content)
    {
        var temp = _path + ".edit";
        File.WriteAllText(temp, content);
        File.Move(temp, _path, overwrite: true);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not become true in time");
            await Task.Delay(25);
        }
    }
}
