using System.Text.Json;
using RoleBot.Knowledge.Ranking;
using RoleBot.Understanding;

namespace RoleBot.Tests.Understanding.Realistic;

/// <summary>
/// One realistic chat message from TestData/realistic-*.json, labelled by the class of difficulty it belongs to. A
/// case with a Prompt is the user's reply to that bot prompt; only the reply is understood.
/// </summary>
public sealed record RealisticCase
{
    public required string Class { get; init; }
    public required string Text { get; init; }
    public string? Prompt { get; init; }
    public required Intent Intent { get; init; }
    public List<List<string>> Roles { get; init; } = [];

    /// <summary>first, second, peers or depends: the knowledge base's relation between the two roles, in order.</summary>
    public string? Verdict { get; init; }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static List<RealisticCase> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Understanding", "TestData", fileName);
        return JsonSerializer.Deserialize<List<RealisticCase>>(File.ReadAllText(path), Options)!;
    }

    public static string Label(RankRelation relation) => relation switch
    {
        RankRelation.FirstHigher => "first",
        RankRelation.SecondHigher => "second",
        RankRelation.Peers => "peers",
        _ => "depends",
    };
}
