using System.Text.Json.Nodes;

namespace RoleBot.Tests.Protocol.Http.TestData;

/// <summary>One case of TestData/activity-bodies.json: a request body (raw text or JSON) and the status it must get.</summary>
public sealed record ActivityBodyCase(string Name, string Body, int Status)
{
    public static TheoryData<string> Names(int? status = null) => [.. Load().Where(c => status is null || c.Status == status).Select(c => c.Name)];

    public static ActivityBodyCase Get(string name) => Load().Single(c => c.Name == name);

    private static IEnumerable<ActivityBodyCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Protocol", "Http", "TestData", "activity-bodies.json");
        foreach (var node in JsonNode.Parse(File.ReadAllText(path))!.AsArray())
        {
            var body = node!["raw"]?.GetValue<string>() ?? node["json"]!.ToJsonString();
            yield return new ActivityBodyCase(node["name"]!.GetValue<string>(), body, node["status"]!.GetValue<int>());
        }
    }

    public override string ToString() => Name;
}
