using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Tests.Channels.Teams.Support;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>adaptiveCard/action through the real endpoint: the HTTP body is the invoke response (docs/protocol.md §5.4).</summary>
public class AdaptiveCardActionTests(TeamsFixture fixture) : IClassFixture<TeamsFixture>
{
    private static readonly List<ActionCase> All = TeamsTestData.Load<ActionCase>("adaptive-card-actions.json");

    public static TheoryData<string> Cases => [.. All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AnswersTheInvokeInTheHttpResponse(string name)
    {
        var @case = All.Single(c => c.Name == name);
        var invoke = TeamsPayloads.Invoke("adaptiveCard/action", @case.Value?.DeepClone(), serviceUrl: fixture.ServiceUrl);

        using var response = await fixture.Client.PostActivityAsync(invoke);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal((HttpStatusCode)@case.Http, response.StatusCode);
        Assert.Equal(@case.StatusCode, (int?)body["statusCode"]);
        Assert.Equal(@case.Type, (string?)body["type"]);
        if (@case.Code is { } code)
        {
            Assert.Equal(code, (string?)body["value"]!["code"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)body["value"]!["message"]));
        }

        var value = body["value"]!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.All(@case.Contains ?? [], expected => Assert.Contains(expected, value));
        if (@case.Type == "application/vnd.microsoft.card.adaptive")
        {
            var card = body["value"]!.AsObject();
            Assert.Equal("AdaptiveCard", (string?)card["type"]);
            Assert.Equal("1.5", (string?)card["version"]);
            CardOutput.Write("teams-invoke-" + name, card);
        }
    }

    [Fact]
    public async Task ExecuteClickAnswersWithCardsWhoseButtonsExecuteAgain()
    {
        var value = JsonNode.Parse("""{"action":{"type":"Action.Execute","verb":"rolebot.describe","data":{"rolebot":"v1","action":"describe","role":"operations-manager"}}}""");

        using var response = await fixture.Client.PostActivityAsync(TeamsPayloads.Invoke("adaptiveCard/action", value, serviceUrl: fixture.ServiceUrl));
        var card = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;

        var executes = CardJsonWalker.OfType(card, "Action.Execute").ToList();
        Assert.NotEmpty(executes);
        Assert.All(executes, e => Assert.StartsWith("rolebot.", (string?)e["verb"]));
    }

    [Fact]
    public async Task UnknownInvokeNameIsNotImplemented()
    {
        using var response = await fixture.Client.PostActivityAsync(TeamsPayloads.Invoke("task/fetch", JsonNode.Parse("{}"), serviceUrl: fixture.ServiceUrl));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    public sealed record ActionCase(string Name, JsonNode? Value, int Http, int StatusCode, string Type, string? Code, List<string>? Contains);
}
