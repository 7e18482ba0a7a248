using System.Text.Json;
using RoleBot.Answers.Documents;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Ranking;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Knowledge;

public class IndefiniteArticleTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        using var json = JsonDocument.Parse(File.ReadAllText(KnowledgeTestPaths.TestData("articles.json")));
        foreach (var c in json.RootElement.EnumerateArray())
        {
            data.Add(c.GetProperty("name").GetString()!, c.GetProperty("expected").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ChoosesTheArticleBySound(string name, string expected)
    {
        Assert.Equal(expected, IndefiniteArticle.Before(name));
    }

    // Verdict sentences (RankWording), answer templates (Names) and dialogs all go through the one rule.
    [Theory]
    [MemberData(nameof(Cases))]
    public void VerdictsAndAnswersUseTheSameArticle(string name, string expected)
    {
        Assert.Equal(expected, RankWording.WithArticle(name));
        Assert.Equal(expected, Names.WithArticle(name));
    }

    [Fact]
    public void LeavesAnEmptyNameAlone()
    {
        Assert.Equal("", IndefiniteArticle.Before(""));
    }
}
