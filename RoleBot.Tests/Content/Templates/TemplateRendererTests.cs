using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using RoleBot.Answers.Templates;
using RoleBot.Content;
using RoleBot.Content.Answers;
using RoleBot.Content.Dialogs;
using RoleBot.Content.Templates;
using RoleBot.Dialogs.Content;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Content.Templates;

// One syntax and one missing-value rule for answers.json and the dialog files, checked through both.
public sealed class TemplateRendererTests : IDisposable
{
    private const string Key = "text";
    private readonly string _root = Directory.CreateTempSubdirectory("rolebot-templates-").FullName;

    public static TheoryData<string> RenderCases() => TemplateCases.Names("render");

    public static TheoryData<string> LoadCases() => TemplateCases.Names("load");

    [Theory]
    [MemberData(nameof(RenderCases))]
    public void RendersAnswersAndDialogTextsAlike(string name)
    {
        var c = TemplateCases.Case("render", name);
        var (file, render) = Renderer(c);

        if (c["missing"] is { } missing)
        {
            var error = Assert.Throws<MissingTemplateValueException>(render);
            Assert.Equal((file, Key, (string)missing!), (error.File, error.Key, error.Placeholder));
            Assert.Contains(file, error.Message);
            Assert.Contains("${" + missing + "}", error.Message);
        }
        else
        {
            Assert.Equal((string)c["expected"]!, render());
        }
    }

    [Theory]
    [MemberData(nameof(LoadCases))]
    public void RefusesAtLoadATextUsingAValueTheCodeDoesNotProvide(string name)
    {
        var c = TemplateCases.Case("load", name);
        var load = (string)c["kind"]! == "answers" ? LoadAnswers(c) : LoadDialog(c);

        if (c["problem"] is { } problem)
        {
            var error = Assert.Throws<InvalidDataException>(load);
            Assert.Contains((string)problem!, error.Message);
        }
        else
        {
            load();
        }
    }

    [Fact]
    public void EveryPlaceholderInTheShippedDialogFilesUsesTheOneSyntax()
    {
        foreach (var file in Directory.GetFiles(CardTestContent.DialogsRoot, "*.dialog.json", SearchOption.AllDirectories))
        {
            var texts = JsonNode.Parse(File.ReadAllText(file))!["texts"]?.AsObject() ?? [];
            Assert.All(texts, t => Assert.DoesNotMatch(@"(?<!\$)\{[A-Za-z]+\}", (string)t.Value!));
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (string File, Func<string> Render) Renderer(JsonNode c)
    {
        var template = (string)c["template"]!;
        var values = TemplateCases.Values(c);
        if ((string)c["kind"]! == "answers")
        {
            var answers = new AnswerTemplates("answers.json", new Dictionary<string, string> { [Key] = template }, []);
            return (answers.File, () => answers.Render(Key, values));
        }

        var dialog = new DialogContent { Name = "Ask", Texts = new() { [Key] = template } };
        return (dialog.File, () => dialog.Text(Key, values));
    }

    private Action LoadAnswers(JsonNode c)
    {
        var answers = JsonNode.Parse(File.ReadAllText(Path.Combine(CardTestContent.DialogsRoot, AnswerTemplatesLoader.RelativePath)))!;
        answers["templates"]![(string)c["key"]!] = (string)c["text"]!;
        var path = Path.Combine(_root, "answers.json");
        File.WriteAllText(path, answers.ToJsonString());
        return () => AnswerTemplatesLoader.LoadFile(path);
    }

    private Action LoadDialog(JsonNode c)
    {
        var key = (string)c["key"]!;
        var folder = Directory.CreateDirectory(Path.Combine(_root, ContentPaths.DialogsFolder, "Ask"));
        File.WriteAllText(Path.Combine(folder.FullName, "Ask.dialog.json"), new JsonObject { ["texts"] = new JsonObject { [key] = (string)c["text"]! } }.ToJsonString());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(ContentPaths.ContentRootKey, _root)]).Build();
        var store = new DialogContentStore(configuration, NullLogger<DialogContentStore>.Instance, TimeProvider.System);
        return () => store.Get("Ask", [new TemplateKey(key, TemplateCases.Strings(c["provides"]))]);
    }
}
