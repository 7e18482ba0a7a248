using RoleBot.Knowledge;

namespace RoleBot.Organisations;

/// <summary>
/// What one organisation's users see: the general knowledge base with the organisation's titles merged in. A title
/// the knowledge base knows keeps the knowledge base's role (its description, its general level for questions that
/// mix in titles the organisation lacks) with the organisation's aliases, reporting line and next steps; a title
/// only the organisation has becomes a role of its own. The organisation's aliases win over the general ones.
/// </summary>
public sealed class OrganisationView
{
    public const string SourceId = "organisation";

    private readonly Dictionary<string, OrganisationTitle> _titleByRole;
    private readonly Dictionary<OrganisationTitle, string> _roleByTitle;
    private readonly HashSet<string> _ownRoles;

    internal OrganisationView(Organisation organisation, KnowledgeBase general, KnowledgeBase knowledge,
        Dictionary<OrganisationTitle, string> roleByTitle, HashSet<string> ownRoles)
    {
        Organisation = organisation;
        General = general;
        Knowledge = knowledge;
        _roleByTitle = roleByTitle;
        _titleByRole = roleByTitle.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);
        _ownRoles = ownRoles;
    }

    public Organisation Organisation { get; }

    /// <summary>The general knowledge base this view was built from; a reload of it builds a new view.</summary>
    public KnowledgeBase General { get; }

    public KnowledgeBase Knowledge { get; }

    public string Name => Organisation.Name;

    /// <summary>The organisation's title for a role of this view, or null when its ladder has no such title.</summary>
    public OrganisationTitle? TitleOf(string roleId) => _titleByRole.GetValueOrDefault(roleId);

    public string RoleIdOf(OrganisationTitle title) => _roleByTitle[title];

    /// <summary>True for a title only this organisation has (no general answer exists for it).</summary>
    public bool IsOwnTitle(string roleId) => _ownRoles.Contains(roleId);
}
