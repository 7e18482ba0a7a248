using System.Text.Json;

namespace RoleBot.Tests.State.Postgres.TestData;

/// <summary>One case of TestData/table-names.json: a configured name and its quoted SQL form, or none when it must be rejected.</summary>
public sealed record TableNameCase(string Name, string? Quoted, string? Why)
{
    private static readonly Lazy<IReadOnlyList<TableNameCase>> All = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "State", "Postgres", "TestData", "table-names.json");
        return JsonSerializer.Deserialize<List<TableNameCase>>(File.ReadAllText(path), JsonSerializerOptions.Web)!;
    });

    public static TheoryData<string> Names() => [.. All.Value.Select(c => c.Name)];

    public static TableNameCase Get(string name) => All.Value.Single(c => c.Name == name);
}
