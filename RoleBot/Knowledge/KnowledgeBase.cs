namespace RoleBot.Knowledge;

/// <summary>
/// The validated, immutable, in-memory knowledge base. Every lookup is a dictionary hit so the cost
/// per question does not grow with the number of roles.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, Role> _roles;
    private readonly Dictionary<(string, string), Comparison> _comparisons;
    private readonly Dictionary<string, Faq> _faqs;
    private readonly Dictionary<string, Source> _sources;
    private readonly Dictionary<string, Track> _tracks;

    public KnowledgeBase(
        IEnumerable<Role> roles,
        IEnumerable<Comparison> comparisons,
        IEnumerable<Faq> faqs,
        IEnumerable<Source> sources,
        IEnumerable<Track> tracks,
        IEnumerable<LadderLevel> ladder,
        IEnumerable<AmbiguousAlias> ambiguousAliases,
        IEnumerable<Ordering>? orderings = null)
    {
        _roles = roles.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
        _comparisons = [];
        foreach (var comparison in comparisons)
        {
            _comparisons[Key(comparison.First, comparison.Second)] = comparison;
        }

        _faqs = faqs.ToDictionary(f => f.Id, StringComparer.OrdinalIgnoreCase);
        _sources = sources.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
        _tracks = tracks.ToDictionary(t => t.Id, StringComparer.OrdinalIgnoreCase);
        Ladder = [.. ladder.OrderByDescending(l => l.Level)];
        AmbiguousAliases = [.. ambiguousAliases];
        Orderings = [.. orderings ?? []];
    }

    public IReadOnlyCollection<Role> Roles => _roles.Values;
    public IReadOnlyCollection<Comparison> Comparisons => _comparisons.Values;
    public IReadOnlyCollection<Faq> Faqs => _faqs.Values;
    public IReadOnlyCollection<Source> Sources => _sources.Values;
    public IReadOnlyCollection<Track> Tracks => _tracks.Values;
    public IReadOnlyList<LadderLevel> Ladder { get; }
    public IReadOnlyList<AmbiguousAlias> AmbiguousAliases { get; }
    public IReadOnlyList<Ordering> Orderings { get; }

    /// <summary>The authors' ordering of the pair, in either order, or null.</summary>
    public Ordering? FindOrdering(string a, string b) => Orderings.FirstOrDefault(o => o.Covers(a, b));

    public Role? FindRole(string id) => _roles.GetValueOrDefault(id);

    public Faq? FindFaq(string id) => _faqs.GetValueOrDefault(id);

    public Source? FindSource(string id) => _sources.GetValueOrDefault(id);

    public Track? FindTrack(string id) => _tracks.GetValueOrDefault(id);

    public LadderLevel? FindLevel(int level) => Ladder.FirstOrDefault(l => l.Level == level);

    /// <summary>The curated comparison of the pair, oriented as asked (first, second), or null.</summary>
    public Comparison? FindCuratedComparison(string first, string second)
    {
        if (!_comparisons.TryGetValue(Key(first, second), out var comparison))
        {
            return null;
        }

        return string.Equals(comparison.First, first, StringComparison.OrdinalIgnoreCase) ? comparison : comparison.Swapped();
    }

    private static (string, string) Key(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        return string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
    }
}
