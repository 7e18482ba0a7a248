using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Tests.Channels.Teams.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>composeExtension/query through the real endpoint (docs/protocol.md §5.5), one case per JSON entry.</summary>
public class SearchExtensionTests(TeamsFixture fixture) : IClassFixture<TeamsFixture>
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly List<SearchCase> All = TeamsTestData.Load<SearchCase>("search-queries.json");

    public static TheoryData<string> Cases => [.. All.Select(c => c.Name)];

    private async Task<(HttpResponseMessage Response, JsonNode? Body)> QueryAsync(JsonNode value)
    {
        var response = await fixture.Client.PostActivityAsync(TeamsPayloads.Invoke("composeExtension/query", value, serviceUrl: fixture.ServiceUrl));
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AnswersTheQueryInTheHttpResponse(string name)
    {
        var @case = All.Single(c => c.Name == name);
        var value = new JsonObject
        {
            ["commandId"] = @case.CommandId ?? "searchQuery",
            ["parameters"] = @case.Parameters.DeepClone(),
            ["queryOptions"] = @case.QueryOptions?.DeepClone() ?? new JsonObject { ["skip"] = 0, ["count"] = 25 },
        };

        var (response, body) = await QueryAsync(value);
        using var _ = response;

        Assert.Equal((HttpStatusCode)(@case.Http ?? 200), response.StatusCode);
        if (@case.Http is 400)
        {
            Assert.Equal("BadRequest", (string?)body!["error"]!["code"]);
            return;
        }

        var extension = body!["composeExtension"]!;
        Assert.Equal("result", (string?)extension["type"]);
        Assert.Equal("list", (string?)extension["attachmentLayout"]);
        var attachments = extension["attachments"]!.AsArray();
        Assert.InRange(attachments.Count, @case.MinResults ?? 0, @case.MaxResults ?? 10);
        for (var i = 0; i < attachments.Count; i++)
        {
            AssertResultShape(attachments[i]!);
            CardOutput.Write($"teams-search-{name}-{i}", attachments[i]!["content"]!.AsObject());
        }

        if (@case.FirstContains is { } first)
        {
            var text = attachments[0]!.ToJsonString(Readable);
            Assert.All(first, expected => Assert.Contains(expected, text));
        }

        var all = extension.ToJsonString(Readable);
        Assert.All(@case.AnyContains ?? [], expected => Assert.Contains(expected, all));
    }

    [Fact]
    public async Task QueryWithoutCommandIdIsABadRequest()
    {
        var (response, body) = await QueryAsync(JsonNode.Parse("""{"parameters":[{"name":"searchQuery","value":"ceo"}]}""")!);
        using var _ = response;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadRequest", (string?)body!["error"]!["code"]);
    }

    [Fact]
    public async Task PagesDoNotOverlap()
    {
        static JsonNode Page(int skip) => new JsonObject
        {
            ["commandId"] = "searchQuery",
            ["parameters"] = JsonNode.Parse("""[{"name":"searchQuery","value":"gm vs vp"}]"""),
            ["queryOptions"] = new JsonObject { ["skip"] = skip, ["count"] = 2 },
        };

        var (first, firstBody) = await QueryAsync(Page(0));
        var (second, secondBody) = await QueryAsync(Page(2));
        using var _ = first;
        using var __ = second;

        var firstTitles = Titles(firstBody!);
        var secondTitles = Titles(secondBody!);
        Assert.Equal(2, firstTitles.Count);
        Assert.NotEmpty(secondTitles);
        Assert.Empty(firstTitles.Intersect(secondTitles));
    }

    private static List<string> Titles(JsonNode body) =>
        [.. body["composeExtension"]!["attachments"]!.AsArray().Select(a => (string)a!["preview"]!["content"]!["title"]! + "|" + (string?)a["content"]!["fallbackText"])];

    private static void AssertResultShape(JsonNode attachment)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)attachment["content"]!["type"]);
        Assert.Equal("1.5", (string?)attachment["content"]!["version"]);
        Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)attachment["preview"]!["contentType"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)attachment["preview"]!["content"]!["title"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)attachment["preview"]!["content"]!["text"]));
    }

    public sealed record SearchCase(
        string Name,
        string? CommandId,
        JsonArray Parameters,
        JsonObject? QueryOptions,
        int? Http,
        int? MinResults,
        int? MaxResults,
        List<string>? FirstContains,
        List<string>? AnyContains);
}
