using RoleBot.Knowledge;

namespace RoleBot.Organisations;

/// <summary>
/// An organisation's titles, found by title or alias in one dictionary hit (spelling-insensitive, as the knowledge
/// base's terms are), with the walks answers need: the reporting chain and the titles between two levels.
/// </summary>
public sealed class OrganisationLadder
{
    private readonly Dictionary<string, OrganisationTitle> _byTerm = new(StringComparer.Ordinal);

    public OrganisationLadder(IEnumerable<OrganisationTitle> titles)
    {
        Titles = [.. titles];
        foreach (var title in Titles)
        {
            foreach (var term in title.Aliases.Prepend(title.Title))
            {
                _byTerm.TryAdd(TermNormalizer.Normalize(term), title);
            }
        }
    }

    public IReadOnlyList<OrganisationTitle> Titles { get; }

    public OrganisationTitle? Find(string term) => _byTerm.GetValueOrDefault(TermNormalizer.Normalize(term));

    /// <summary>From <paramref name="subordinate"/> up its reports_to line to <paramref name="manager"/>, both included; empty when it does not lead there.</summary>
    public IReadOnlyList<OrganisationTitle> Chain(OrganisationTitle subordinate, OrganisationTitle manager)
    {
        var chain = new List<OrganisationTitle> { subordinate };
        for (var current = subordinate; current.ReportsTo is { } next && Find(next) is { } up && chain.Count <= Titles.Count;)
        {
            chain.Add(up);
            if (ReferenceEquals(up, manager))
            {
                return chain;
            }

            current = up;
        }

        return [];
    }

    /// <summary>The titles strictly between two levels, highest first, on the given tracks (every track when none is given).</summary>
    public IReadOnlyList<OrganisationTitle> Between(int low, int high, IReadOnlyCollection<string> tracks) =>
        [.. Titles.Where(t => t.Level > low && t.Level < high && (tracks.Count == 0 || tracks.Contains(t.Track ?? "", StringComparer.OrdinalIgnoreCase)))
            .OrderByDescending(t => t.Level)];

    /// <summary>The next rung up on the title's own track: its reports_to, else the titles at the nearest level above.</summary>
    public IReadOnlyList<OrganisationTitle> NextUp(OrganisationTitle title)
    {
        var above = Titles.Where(t => t.Level > title.Level && string.Equals(t.Track ?? "", title.Track ?? "", StringComparison.OrdinalIgnoreCase)).ToList();
        if (above.Count == 0)
        {
            return title.ReportsTo is { } manager && Find(manager) is { } up ? [up] : [];
        }

        var nearest = above.Min(t => t.Level);
        return [.. above.Where(t => t.Level == nearest)];
    }
}
