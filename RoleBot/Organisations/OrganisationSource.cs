namespace RoleBot.Organisations;

/// <summary>What the organisation's answers cite first: the HR document its ladder comes from.</summary>
public sealed record OrganisationSource(string Title, string? Url = null);
