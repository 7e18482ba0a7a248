using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using RoleBot.Content;
using RoleBot.Content.Dialogs;
using RoleBot.Content.Templates;
using RoleBot.Dialogs.Content;

namespace RoleBot.Tests.Content.Dialogs;

public sealed class DialogContentStoreTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("rolebot-content-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private DialogContentStore StoreWith(string name, string json)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, ContentPaths.DialogsFolder, name));
        File.WriteAllText(Path.Combine(folder.FullName, $"{name}.dialog.json"), json);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(ContentPaths.ContentRootKey, _root)]).Build();
        return Store(configuration);
    }

    private static DialogContentStore Store(IConfiguration configuration) =>
        new(configuration, NullLogger<DialogContentStore>.Instance, TimeProvider.System);

    [Fact]
    public void EveryShippedContentFileHasEveryTextTheCodeUses()
    {
        var store = Store(new ConfigurationBuilder().Build());

        foreach (var (name, texts) in DialogContentStartupCheck.All)
        {
            var content = store.Get(name, texts);
            Assert.All(texts.Where(key => !key.Optional || content.Texts.ContainsKey(key.Name)), key =>
                Assert.False(string.IsNullOrWhiteSpace(content.Text(key.Name, [.. key.Provides.Select(p => (p, $"<{p}>"))]))));
        }
    }

    [Fact]
    public void ReadsTextsRetriesAndFillsPlaceholders()
    {
        var content = StoreWith("Ask", """{ "maxRetries": 3, "texts": { "q": "Compare ${role} with?" } }""").Get("Ask", [new("q", "role")]);

        Assert.Equal(3, content.MaxRetries);
        Assert.Equal("Compare CEO with?", content.Text("q", ("role", "CEO")));
    }

    [Fact]
    public void AMissingTextIsNamedWithItsFile()
    {
        var store = StoreWith("Ask", """{ "texts": { "q": "?" } }""");

        var error = Assert.Throws<InvalidDataException>(() => store.Get("Ask", [new TemplateKey("q"), new TemplateKey("retry")]));

        Assert.Contains("retry", error.Message);
        Assert.Contains("Ask.dialog.json", error.Message);
    }

    [Fact]
    public void BrokenJsonAndNegativeRetriesAreRejectedClearly()
    {
        Assert.Throws<InvalidDataException>(() => StoreWith("Broken", """{ "texts": { "q": """).Get("Broken", []));
        Assert.Throws<InvalidDataException>(() => StoreWith("Negative", """{ "maxRetries": -1 }""").Get("Negative", []));
    }

    [Fact]
    public void AMissingFileSaysWhichDialogItBelongsTo()
    {
        var store = StoreWith("Other", "{}");

        var error = Assert.Throws<FileNotFoundException>(() => store.Get("Absent", []));

        Assert.Contains("Absent", error.Message);
    }
}
