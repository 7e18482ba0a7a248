using RoleBot.Answers.Templates;
using RoleBot.Content.Answers;
using RoleBot.Content.Templates;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Answers.Templates;

public class AnswerTemplatesTests
{
    [Fact]
    public void LoadsTheRepositoryAnswersFile()
    {
        Assert.NotEmpty(CardTestContent.Templates.Examples);
        Assert.Equal("Sources", CardTestContent.Templates["heading.sources"]);
    }

    [Fact]
    public void SubstitutesPlaceholdersAndCapitalises()
    {
        var text = CardTestContent.Templates.Render("rank.firstHigher.usually", ("aFirst", "a VP"), ("aSecond", "a GM"), ("first", "VP"), ("second", "GM"));

        Assert.Equal("A VP usually ranks above a GM.", text);
    }

    [Fact]
    public void RefusesToRenderWithoutAValueTheTemplateNeeds()
    {
        var error = Assert.Throws<MissingTemplateValueException>(() => CardTestContent.Templates.Render("list.more"));

        Assert.Contains("${count}", error.Message);
        Assert.Contains("answers.json", error.Message);
    }

    [Fact]
    public void ReportsMissingKeysUnknownPlaceholdersAndStrayKeys()
    {
        var file = Path.Combine(Path.GetTempPath(), $"answers-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "templates": { "heading.sources": "From ${nowhere}", "heading.sourcez": "x" }, "examples": [{ "button": "Who is higher?", "question": "Who is higher?" }] }""");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => AnswerTemplatesLoader.LoadFile(file));

            Assert.Contains("template 'rank.firstHigher.usually' is missing or empty", error.Message);
            Assert.Contains("template 'heading.sources' uses unknown placeholder ${nowhere}", error.Message);
            Assert.Contains("template 'heading.sourcez' is not used by RoleBot", error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void RefusesAnExampleButtonTooLongForOneLine()
    {
        var problems = AnswerTemplatesLoader.Problems(new Dictionary<string, string>(),
            [new ExampleQuestion("Difference between a project manager and an operations manager?", "Difference?"), new ExampleQuestion("Short", "")]).ToList();

        Assert.Contains("examples[0].button must be 1-36 characters (buttons do not wrap in Teams)", problems);
        Assert.Contains("examples[1].question must be 1-200 characters", problems);
    }

    [Fact]
    public void ReportsInvalidJsonWithThePath()
    {
        var file = Path.Combine(Path.GetTempPath(), $"answers-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{ not json");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => AnswerTemplatesLoader.LoadFile(file));

            Assert.StartsWith(file, error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
