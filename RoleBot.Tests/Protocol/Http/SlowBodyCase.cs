using System.Text.Json;

namespace RoleBot.Tests.Protocol.Http;

/// <summary>One case of TestData/slow-bodies.json: an endpoint that reads a request body.</summary>
public sealed record SlowBodyCase(string Name, string Path, string ContentType)
{
    private static readonly Lazy<SlowBodyCase[]> All = new(() => JsonSerializer.Deserialize<SlowBodyCase[]>(
        File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Protocol", "Http", "TestData", "slow-bodies.json")),
        new JsonSerializerOptions(JsonSerializerDefaults.Web))!);

    public static TheoryData<string> Names() => [.. All.Value.Select(c => c.Name)];

    public static SlowBodyCase Get(string name) => All.Value.Single(c => c.Name == name);

    public override string ToString() => Name;
}
