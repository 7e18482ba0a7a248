using System.Text.RegularExpressions;

namespace RoleBot.Organisations.Validation;

/// <summary>The formats of the ids an organisation is found by: its folder name, Teams tenants (GUIDs) and Slack teams.</summary>
public static partial class OrganisationIds
{
    public static bool IsOrganisationId(string id) => OrganisationIdPattern().IsMatch(id);

    public static bool IsTeamsTenantId(string id) => Guid.TryParseExact(id, "D", out _);

    // T… for a workspace, E… for an Enterprise Grid organisation; upper-case letters and digits.
    public static bool IsSlackTeamId(string id) => SlackTeamPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex OrganisationIdPattern();

    [GeneratedRegex("^[TE][A-Z0-9]{8,11}$")]
    private static partial Regex SlackTeamPattern();
}
