using System.Text.Json;
using Json.Schema;
using RoleBot.Content.Organisations;
using RoleBot.Organisations.Validation;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Content.Organisations;

/// <summary>The schema editors' tools check against and the loader agree: on the shipped organisations, and on what each rejects.</summary>
public class OrganisationSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(
        File.ReadAllText(Path.Combine(KnowledgeTestPaths.RepoRoot, "dialogs", "schemas", "organisation.schema.json")));

    public static TheoryData<string> Shipped() => [.. Directory.GetDirectories(TestOrganisations.ShippedRoot).Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Shipped))]
    public void EveryShippedOrganisationFollowsTheSchemaAndLoads(string id)
    {
        var folder = Path.Combine(TestOrganisations.ShippedRoot, id);

        Assert.True(Valid(File.ReadAllText(Path.Combine(folder, "organisation.json"))));
        Assert.Equal(id, OrganisationLoader.Load(folder).Id);
    }

    [Theory]
    [InlineData("""{ "name": "X", "teamsTenantIds": ["not-a-guid"], "source": { "title": "T" } }""")]
    [InlineData("""{ "name": "X", "slackTeamIds": ["t-lower"], "source": { "title": "T" } }""")]
    [InlineData("""{ "name": "X" }""")]
    [InlineData("""{ "name": "", "source": { "title": "T" } }""")]
    [InlineData("""{ "name": "X", "source": { "title": "T" }, "colour": "red" }""")]
    [InlineData("""{ "name": "X", "source": { "title": "T", "url": "ftp://x" } }""")]
    public void TheSchemaAndTheLoaderRejectTheSameFile(string json)
    {
        var problems = new List<OrganisationProblem>();
        OrganisationJson.Parse(System.Text.Encoding.UTF8.GetBytes(json), "organisation.json", problems);

        Assert.False(Valid(json));
        Assert.NotEmpty(problems);
    }

    [Fact]
    public void AnUnknownTenantIdFormatIsReportedAtItsLineAndColumn()
    {
        var problems = new List<OrganisationProblem>();

        OrganisationJson.Parse("{\n  \"name\": \"X\",\n  \"teamsTenantIds\": [\"abc\"],\n  \"source\": { \"title\": \"T\" }\n}"u8.ToArray(), "organisation.json", problems);

        var problem = Assert.Single(problems);
        Assert.Equal((3, 22), (problem.Line, problem.Column));
        Assert.Contains("unknown Teams tenant id format 'abc'", problem.Message, StringComparison.Ordinal);
    }

    private static bool Valid(string json) =>
        Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
}
