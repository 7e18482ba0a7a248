using System.Text.Json;

namespace RoleBot.Tests.Auth;

/// <summary>
/// One case of TestData/anonymous-mode.json: a host environment without MicrosoftAppId, its RoleBot:AllowAnonymous
/// (null when unset), the status an unauthenticated activity gets and the level of the one startup line.
/// </summary>
public sealed record AnonymousModeCase(string Name, string Environment, string? AllowAnonymous, int Status, string StartupLevel)
{
    private static readonly Lazy<AnonymousModeCase[]> All = new(() => JsonSerializer.Deserialize<AnonymousModeCase[]>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Auth", "TestData", "anonymous-mode.json")),
        new JsonSerializerOptions(JsonSerializerDefaults.Web))!);

    public static TheoryData<string> Names() => [.. All.Value.Select(c => c.Name)];

    public static AnonymousModeCase Get(string name) => All.Value.Single(c => c.Name == name);

    public override string ToString() => Name;
}
