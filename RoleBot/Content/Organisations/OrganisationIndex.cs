using RoleBot.Organisations;

namespace RoleBot.Content.Organisations;

/// <summary>
/// The organisations currently served, by Teams tenant, Slack team and id (case-insensitive: channels differ in case).
/// Every claimant of a key is kept in load order: a lookup serves the first, the tenant check names the first other one.
/// </summary>
internal sealed class OrganisationIndex
{
    public static readonly OrganisationIndex Empty = Of([]);

    private readonly List<Organisation> _organisations = [];
    private readonly Dictionary<(OrganisationKeyKind, string), List<Organisation>> _byKey = [];

    public IReadOnlyList<Organisation> Organisations => _organisations;

    public static OrganisationIndex Of(IEnumerable<Organisation> organisations)
    {
        var index = new OrganisationIndex();
        foreach (var organisation in organisations)
        {
            index.Add(organisation);
        }

        return index;
    }

    /// <summary>Grows an index nobody reads yet: the directory's startup adds each organisation once instead of
    /// rebuilding the index after each (which made loading quadratic in the number of organisations).</summary>
    public void Add(Organisation organisation)
    {
        _organisations.Add(organisation);
        Claim(OrganisationKeyKind.Configured, organisation.Id, organisation);
        foreach (var tenant in organisation.TeamsTenantIds)
        {
            Claim(OrganisationKeyKind.TeamsTenant, tenant, organisation);
        }

        foreach (var team in organisation.SlackTeamIds)
        {
            Claim(OrganisationKeyKind.SlackTeam, team, organisation);
        }
    }

    public Organisation? Find(OrganisationKey key) =>
        _byKey.TryGetValue((key.Kind, key.Value.ToLowerInvariant()), out var owners) ? owners[0] : null;

    /// <summary>The ids among <paramref name="ids"/> that an organisation other than <paramref name="claimant"/> holds, with the first such holder.</summary>
    public IEnumerable<(string Id, string Owner)> ClaimedByOthers(OrganisationKeyKind kind, IEnumerable<string> ids, string claimant)
    {
        foreach (var id in ids)
        {
            if (_byKey.TryGetValue((kind, id.ToLowerInvariant()), out var owners) && owners.FirstOrDefault(o => o.Id != claimant) is { } owner)
            {
                yield return (id, owner.Id);
            }
        }
    }

    private void Claim(OrganisationKeyKind kind, string value, Organisation organisation)
    {
        var key = (kind, value.ToLowerInvariant());
        if (!_byKey.TryGetValue(key, out var owners))
        {
            _byKey[key] = owners = [];
        }

        owners.Add(organisation);
    }
}
