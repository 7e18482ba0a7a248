using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Content.Knowledge;
using RoleBot.Knowledge.Validation;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Knowledge.Validation;

public class KnowledgeBaseValidatorTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var node in LoadCases())
        {
            data.Add((string)node!["name"]!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsExpectedErrors(string name)
    {
        var testCase = LoadCases().Single(c => (string)c!["name"]! == name)!;
        var document = JsonNode.Parse(File.ReadAllText(KnowledgeTestPaths.TestData("minimal.kb.json")))!;
        foreach (var (path, value) in testCase["set"]?.AsObject() ?? [])
        {
            JsonPatch.Set(document, path, value?.DeepClone());
        }

        foreach (var (path, value) in testCase["append"]?.AsObject() ?? [])
        {
            JsonPatch.Append(document, path, value?.DeepClone());
        }

        foreach (var path in testCase["remove"]?.AsArray() ?? [])
        {
            JsonPatch.Remove(document, (string)path!);
        }

        var expected = testCase["errors"]!.AsArray();
        var errors = Load(document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var actual = string.Join(Environment.NewLine, errors);
        Assert.True(expected.Count == errors.Count, $"expected {expected.Count} errors, got:{Environment.NewLine}{actual}");
        foreach (var want in expected)
        {
            var path = (string)want!["path"]!;
            var reason = (string)want["reason"]!;
            Assert.True(errors.Any(e => e.Path == path && e.Message.Contains(reason, StringComparison.Ordinal)), $"no '{reason}' at {path} in:{Environment.NewLine}{actual}");
        }

        Assert.All(errors, e => Assert.Equal("case.kb.json", e.File));
        Assert.All(errors, e => Assert.NotNull(e.Line));
    }

    [Fact]
    public void ErrorNamesFileLineAndPath()
    {
        var json = File.ReadAllText(KnowledgeTestPaths.TestData("minimal.kb.json")).Replace("\"reportsTo\": [\"director\"], \"description\": \"Runs projects.\"", "\"reportsTo\": [\"vp\"], \"description\": \"Runs projects.\"");
        var error = Assert.Single(Load(json));
        var expectedLine = json[..json.IndexOf("\"vp\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        Assert.Equal(expectedLine, error.Line);
        Assert.Equal($"case.kb.json({expectedLine}): $.roles[2].reportsTo[0]: unknown role 'vp'", error.ToString());
    }

    [Fact]
    public void MalformedJsonReportsLine()
    {
        var error = Assert.Single(Load("{\n  \"roles\": [\n    { \"id\": \"a\",, }\n  ]\n}"));

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void ExceptionMessageListsEveryError()
    {
        var json = File.ReadAllText(KnowledgeTestPaths.TestData("minimal.kb.json"))
            .Replace("\"track\": \"product\"", "\"track\": \"galactic\"")
            .Replace("\"relatedRoles\": [\"ceo\"]", "\"relatedRoles\": [\"emperor\"]");

        var exception = Assert.Throws<KnowledgeBaseException>(() => KnowledgeBaseLoader.Parse(Encoding.UTF8.GetBytes(json), "kb.json"));

        Assert.Equal(2, exception.Errors.Count);
        Assert.Contains("unknown track 'galactic'", exception.Message);
        Assert.Contains("unknown role 'emperor'", exception.Message);
    }

    private static IReadOnlyList<KnowledgeBaseError> Load(string json)
    {
        try
        {
            KnowledgeBaseLoader.Parse(Encoding.UTF8.GetBytes(json), "case.kb.json");
            return [];
        }
        catch (KnowledgeBaseException e)
        {
            return e.Errors;
        }
    }

    private static JsonArray LoadCases() =>
        JsonNode.Parse(File.ReadAllText(KnowledgeTestPaths.TestData("Validation", "validator-cases.json")))!.AsArray();
}
