using RoleBot.Organisations;

namespace RoleBot.Content.Organisations;

/// <summary>The organisations currently served, by Teams tenant, Slack team and id (case-insensitive: channels differ in case).</summary>
internal sealed class OrganisationIndex
{
    public static readonly OrganisationIndex Empty = Of([]);

    private readonly Dictionary<(OrganisationKeyKind, string), Organisation> _byKey = [];

    private OrganisationIndex(IReadOnlyList<Organisation> organisations)
    {
        Organisations = organisations;
        foreach (var organisation in organisations)
        {
            _byKey.TryAdd((OrganisationKeyKind.Configured, organisation.Id.ToLowerInvariant()), organisation);
            foreach (var tenant in organisation.TeamsTenantIds)
            {
                _byKey.TryAdd((OrganisationKeyKind.TeamsTenant, tenant.ToLowerInvariant()), organisation);
            }

            foreach (var team in organisation.SlackTeamIds)
            {
                _byKey.TryAdd((OrganisationKeyKind.SlackTeam, team.ToLowerInvariant()), organisation);
            }
        }
    }

    public IReadOnlyList<Organisation> Organisations { get; }

    public static OrganisationIndex Of(IEnumerable<Organisation> organisations) => new([.. organisations]);

    public Organisation? Find(OrganisationKey key) => _byKey.GetValueOrDefault((key.Kind, key.Value.ToLowerInvariant()));
}
