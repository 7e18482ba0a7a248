using System.Text.Json;
using RoleBot.Content.Organisations;
using RoleBot.Organisations.Validation;

namespace RoleBot.Tests.Content.Organisations;

public class LadderCsvTests
{
    public static TheoryData<string> Cases() => [.. Load().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsEachProblemAtItsLineAndColumn(string name)
    {
        var test = Load().Single(c => c.Name == name);
        var problems = new List<OrganisationProblem>();

        LadderCsv.Parse("title,level,track,reports_to,aliases\n" + test.Csv, "ladder.csv", problems);

        Assert.Equal(test.Problems.Count, problems.Count);
        foreach (var (expected, actual) in test.Problems.Zip(problems))
        {
            Assert.Equal((expected.Line, expected.Column), (actual.Line, actual.Column));
            Assert.Contains(expected.Says, actual.Message, StringComparison.Ordinal);
            Assert.Equal("ladder.csv", actual.File);
        }
    }

    [Fact]
    public void RequiresTheHeader()
    {
        var problems = new List<OrganisationProblem>();

        LadderCsv.Parse("name,grade\nDirector,5\n", "ladder.csv", problems);

        Assert.Contains("title,level,track,reports_to,aliases", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsTitlesWithTheirOptionalFields()
    {
        var problems = new List<OrganisationProblem>();

        var titles = LadderCsv.Parse("title,level,track,reports_to,aliases\nDirector,5,Engineering,,\n\"Vice President\",4,,Director,\"VP; V.P.\"\n", "ladder.csv", problems);

        Assert.Empty(problems);
        Assert.Equal(["VP"], titles[1].Aliases);
        Assert.Equal(("Director", 3), (titles[1].ReportsTo, titles[1].Line));
        Assert.Null(titles[1].Track);
    }

    private static IReadOnlyList<LadderCase> Load() =>
        JsonSerializer.Deserialize<List<LadderCase>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Content", "Organisations", "TestData", "ladder-problems.json")),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    private sealed record LadderCase(string Name, string Csv, IReadOnlyList<ExpectedProblem> Problems);

    private sealed record ExpectedProblem(int Line, int Column, string Says);
}
