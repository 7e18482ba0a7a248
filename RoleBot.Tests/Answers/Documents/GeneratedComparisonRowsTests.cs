using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Answers;
using RoleBot.Answers.Documents;
using RoleBot.Answers.Templates;
using RoleBot.Content.Answers;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Ranking;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Answers.Documents;

// A comparison without a curated entry carries facts; its rows are worded only by answers.json compare.generated.*.
public class GeneratedComparisonRowsTests
{
    private static readonly RoleComparer Comparer = new(ShippedKnowledgeBase.Provider, new RoleRanker(ShippedKnowledgeBase.Provider));

    public static TheoryData<string> Edits => [.. Cases().GetProperty("edits").EnumerateArray().Select(e => e.GetProperty("name").GetString()!)];

    public static TheoryData<string> MissingKeys => [.. Cases().GetProperty("missingKeys").EnumerateArray().Select(k => k.GetString()!)];

    [Fact]
    public void ShippedTemplatesWordTheRowsOfAGeneratedComparison()
    {
        var rows = Rows(CardTestContent.Documents, "cfo", "analyst");

        Assert.Equal(["Focus", "Scope", "Position", "Responsibilities", "Skills", "Requirements"], rows.Select(r => r.Aspect));
        Assert.Equal(new SideBySideRow("Scope", "Executive, C-suite level", "Individual contributor, Professional level"), rows[1]);
        Assert.Equal(new SideBySideRow("Position", "Usually reports to: Chief Executive Officer, President", "Usually reports to: Senior Analyst, Manager"), rows[2]);
        Assert.Equal("Not recorded", rows[5].Right);
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void AnEditedTemplateChangesTheGeneratedRow(string name)
    {
        var edit = Cases().GetProperty("edits").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);
        var templates = LoadWith(edit.GetProperty("key").GetString()!, edit.GetProperty("template").GetString());

        var row = Rows(new AnswerDocuments(templates), edit.GetProperty("first").GetString()!, edit.GetProperty("second").GetString()!)
            .Single(r => r.Aspect == edit.GetProperty("aspect").GetString());

        if (edit.TryGetProperty("left", out var left))
        {
            Assert.Equal(left.GetString(), row.Left);
        }

        if (edit.TryGetProperty("right", out var right))
        {
            Assert.Equal(right.GetString(), row.Right);
        }
    }

    [Theory]
    [MemberData(nameof(MissingKeys))]
    public void AMissingTemplateStopsLoadingAndNamesTheKey(string key)
    {
        var error = Assert.Throws<InvalidDataException>(() => LoadWith(key, template: null));

        Assert.Contains($"template '{key}' is missing or empty", error.Message);
    }

    [Fact]
    public void APlaceholderTheRowDoesNotProvideStopsLoading()
    {
        var error = Assert.Throws<InvalidDataException>(() => LoadWith("compare.generated.position.reportsTo", "Reports to ${list}"));

        Assert.Contains("template 'compare.generated.position.reportsTo' uses unknown placeholder ${list} (allowed: managers)", error.Message);
    }

    // The shipped ladder names every level; a knowledge base whose ladder does not gets the numbered wording.
    [Fact]
    public void LeavesOutALevelTheLadderDoesNotName()
    {
        var role = new ComparedRole { Description = "Runs things.", Track = "Operations", Level = 7 };
        var answer = new ComparisonAnswer(new RoleRef("a", "A"), new RoleRef("b", "B"), "") { Facts = new GeneratedComparison(role, role with { LevelName = "Senior manager" }) };

        var scope = Rows(CardTestContent.Documents.Compare(answer)).Single(r => r.Aspect == "Scope");

        Assert.Equal(new SideBySideRow("Scope", "Operations", "Operations, Senior manager level"), scope);
    }

    private static IReadOnlyList<SideBySideRow> Rows(AnswerDocuments documents, string first, string second)
    {
        var comparison = Comparer.Compare(ShippedKnowledgeBase.Role(first), ShippedKnowledgeBase.Role(second));
        Assert.True(comparison.Generated, $"{first} vs {second} has a curated comparison; pick a pair without one");
        return Rows(documents.Compare(AnswerMapper.Compare(comparison, ShippedKnowledgeBase.Instance)));
    }

    private static IReadOnlyList<SideBySideRow> Rows(AnswerDocument document) => document.Sections.OfType<SideBySideSection>().Single().Rows;

    // The repository's answers.json with one template replaced (or removed when null), loaded the way the app loads it.
    private static AnswerTemplates LoadWith(string key, string? template)
    {
        var json = JsonNode.Parse(File.ReadAllText(CardTestContent.Templates.File))!;
        var templates = json["templates"]!.AsObject();
        templates.Remove(key);
        if (template is not null)
        {
            templates[key] = template;
        }

        var file = Path.Combine(Path.GetTempPath(), $"answers-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, json.ToJsonString());
        try
        {
            return AnswerTemplatesLoader.LoadFile(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static JsonElement Cases()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Answers", "Documents", "TestData", "generated-comparison-rows.json")));
        return document.RootElement.Clone();
    }
}
