using System.Text.Json;

namespace RoleBot.Tests.Channels.WebChat.Page;

/// <summary>One case of TestData/accept-encoding.json: a request's Accept-Encoding, the files there are, and the coding sent.</summary>
public sealed record AcceptEncodingCase(string Name, string AcceptEncoding, string[] Available, string? Expected)
{
    private static readonly Lazy<AcceptEncodingCase[]> All = new(() => JsonSerializer.Deserialize<AcceptEncodingCase[]>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Channels", "WebChat", "Page", "TestData", "accept-encoding.json")),
        new JsonSerializerOptions(JsonSerializerDefaults.Web))!);

    public static TheoryData<string> Names() => [.. All.Value.Select(c => c.Name)];

    public static AcceptEncodingCase Get(string name) => All.Value.Single(c => c.Name == name);
}
