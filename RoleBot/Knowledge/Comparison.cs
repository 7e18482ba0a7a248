using System.Text.Json.Serialization;
using RoleBot.Knowledge.Ranking;

namespace RoleBot.Knowledge;

/// <summary>A curated side-by-side comparison of two roles, oriented as First vs Second.</summary>
public sealed record Comparison
{
    public required string First { get; init; }
    public required string Second { get; init; }
    public required string Summary { get; init; }
    public IReadOnlyList<ComparisonDimension> Dimensions { get; init; } = [];
    public IReadOnlyList<string> Caveats { get; init; } = [];
    public IReadOnlyList<string> Sources { get; init; } = [];
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>True when this comparison was generated from the two roles' fields rather than curated.</summary>
    public bool Generated { get; init; }

    /// <summary>A generated comparison's verdict, which words its summary; never read from the file.</summary>
    [JsonIgnore]
    public RankVerdict? Verdict { get; init; }

    /// <summary>A generated comparison's facts about both roles, which the answer side words into rows; never read from the file.</summary>
    [JsonIgnore]
    public GeneratedComparison? Facts { get; init; }

    public Comparison Swapped() => this with
    {
        First = Second,
        Second = First,
        Dimensions = [.. Dimensions.Select(d => d with { First = d.Second, Second = d.First })],
        Facts = Facts?.Swapped(),
        Evidence = [.. Evidence.Select(e => e with { Claim = SwappedClaim(e.Claim) })],
    };

    // "dimensions[1].first" backs what is now the second column.
    private static string SwappedClaim(string claim) =>
        claim.EndsWith(".first", StringComparison.Ordinal) ? claim[..^".first".Length] + ".second"
        : claim.EndsWith(".second", StringComparison.Ordinal) ? claim[..^".second".Length] + ".first"
        : claim;
}

public sealed record ComparisonDimension(string Name, string First, string Second);
