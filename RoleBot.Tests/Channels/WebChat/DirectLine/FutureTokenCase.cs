using System.Text.Json;

namespace RoleBot.Tests.Channels.WebChat.DirectLine;

/// <summary>One case of TestData/future-tokens.json: a token's nbf and iat relative to the validator's clock, and the verdict.</summary>
public sealed record FutureTokenCase(string Name, int NotBeforeMinutes, int IssuedAtMinutes, bool Accepted)
{
    private static readonly Lazy<FutureTokenCase[]> All = new(() => JsonSerializer.Deserialize<FutureTokenCase[]>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Channels", "WebChat", "DirectLine", "TestData", "future-tokens.json")),
        new JsonSerializerOptions(JsonSerializerDefaults.Web))!);

    public static TheoryData<string> Names() => [.. All.Value.Select(c => c.Name)];

    public static FutureTokenCase Get(string name) => All.Value.Single(c => c.Name == name);

    public override string ToString() => Name;
}
