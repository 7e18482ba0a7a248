namespace RoleBot.Organisations;

/// <summary>How a channel says whose user is asking; the adapter of each channel reads it from what arrives.</summary>
public enum OrganisationKeyKind
{
    TeamsTenant,
    SlackTeam,
    Configured,
}

/// <summary>A Teams tenant id, a Slack team id, or an organisation id configured for the chat page and Direct Line.</summary>
public sealed record OrganisationKey(OrganisationKeyKind Kind, string Value);
