using System.Text.Json.Serialization;

namespace RoleBot.Knowledge.Loading;

/// <summary>The knowledge base file as written, before validation turns it into a <see cref="KnowledgeBase"/>.</summary>
public sealed record KnowledgeBaseDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public IReadOnlyList<Source> Sources { get; init; } = [];
    public IReadOnlyList<Track> Tracks { get; init; } = [];
    public IReadOnlyList<LadderLevel> Ladder { get; init; } = [];
    public IReadOnlyList<Role> Roles { get; init; } = [];
    public IReadOnlyList<AmbiguousAlias> AmbiguousAliases { get; init; } = [];
    public IReadOnlyList<Comparison> Comparisons { get; init; } = [];
    public IReadOnlyList<Faq> Faqs { get; init; } = [];
    public IReadOnlyList<Ordering> Orderings { get; init; } = [];

    public KnowledgeBase ToKnowledgeBase() =>
        new(Roles, Comparisons, Faqs, Sources, Tracks, Ladder, AmbiguousAliases, Orderings);
}
