using RoleBot.Organisations;

namespace RoleBot.Content.Organisations;

/// <summary>The organisations that gave RoleBot their ladder, found by the key a channel reads from an activity.</summary>
public interface IOrganisationDirectory
{
    IReadOnlyList<Organisation> All { get; }

    /// <summary>The organisation the key belongs to, or null: an unknown tenant gets the general knowledge base.</summary>
    Organisation? Find(OrganisationKey? key);
}
