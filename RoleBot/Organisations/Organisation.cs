namespace RoleBot.Organisations;

/// <summary>
/// One organisation that gave RoleBot its own ladder (dialogs/organisations/&lt;id&gt;/): who it is, which Teams
/// tenants and Slack workspaces belong to it, what to cite, and its titles.
/// </summary>
public sealed record Organisation
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> TeamsTenantIds { get; init; } = [];
    public IReadOnlyList<string> SlackTeamIds { get; init; } = [];
    public required OrganisationSource Source { get; init; }
    public required OrganisationLadder Ladder { get; init; }
}
