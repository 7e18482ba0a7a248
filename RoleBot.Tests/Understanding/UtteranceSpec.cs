using System.Text.Json;
using RoleBot.Understanding;

namespace RoleBot.Tests.Understanding;

/// <summary>One labelled utterance from TestData/utterances*.json.</summary>
public sealed record UtteranceSpec
{
    public required string Text { get; init; }
    public string Suffix { get; init; } = "";
    public int Repeat { get; init; }
    public required Intent Intent { get; init; }
    public List<List<string>> Roles { get; init; } = [];
    public string? FaqId { get; init; }
    public List<string> UnknownRoles { get; init; } = [];
    public bool AsksLower { get; init; }
    public int? Ordinal { get; init; }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static List<UtteranceSpec> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Understanding", "TestData", fileName);
        return JsonSerializer.Deserialize<List<UtteranceSpec>>(File.ReadAllText(path), Options)!;
    }

    /// <summary>The text to send: Text then Suffix Repeat times, so very long inputs need not be stored.</summary>
    public string Input => Text + string.Concat(Enumerable.Repeat(Suffix, Repeat));

    public bool RolesMatch(UnderstandingResult result) =>
        result.Roles.Count == Roles.Count
        && result.Roles.Zip(Roles).All(p => p.First.Candidates.Order(StringComparer.OrdinalIgnoreCase).SequenceEqual(p.Second.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase));

    public bool DetailsMatch(UnderstandingResult result) =>
        (FaqId is null || string.Equals(FaqId, result.FaqId, StringComparison.OrdinalIgnoreCase))
        && result.UnknownRoles.Select(u => u.ToLowerInvariant()).SequenceEqual(UnknownRoles.Select(u => u.ToLowerInvariant()))
        && result.AsksLower == AsksLower
        && result.Ordinal == Ordinal;
}
