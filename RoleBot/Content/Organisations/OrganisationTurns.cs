using RoleBot.Organisations;

namespace RoleBot.Content.Organisations;

/// <summary>Enters the scope of the organisation a channel's key names, for the rest of the turn; an unknown key gets the general knowledge base.</summary>
public sealed partial class OrganisationTurns(IOrganisationDirectory directory, OrganisationViews views, ILogger<OrganisationTurns> logger)
{
    public IDisposable Enter(OrganisationKey? key)
    {
        var organisation = directory.Find(key);
        if (organisation is null)
        {
            return OrganisationScope.Enter(null);
        }

        // Debug only: which organisation a tenant maps to is for troubleshooting, not for the Information log.
        Entered(logger, organisation.Id);
        return OrganisationScope.Enter(views.For(organisation));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Turn answered from organisation {Organisation}'s ladder")]
    private static partial void Entered(ILogger logger, string organisation);
}
