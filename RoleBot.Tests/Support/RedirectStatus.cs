using System.Text.Json;

namespace RoleBot.Tests.Support;

/// <summary>The redirect statuses of Support/TestData/redirect-statuses.json, which every outbound client is tested against.</summary>
public sealed record RedirectStatus(int Status, string Name)
{
    private static readonly Lazy<RedirectStatus[]> All = new(() => JsonSerializer.Deserialize<RedirectStatus[]>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Support", "TestData", "redirect-statuses.json")),
        new JsonSerializerOptions(JsonSerializerDefaults.Web))!);

    public static TheoryData<int> Statuses() => [.. All.Value.Select(c => c.Status)];
}
