namespace RoleBot.Organisations.Validation;

/// <summary>An organisation that cannot be served, with every problem found in its files.</summary>
public sealed class OrganisationException(IReadOnlyList<OrganisationProblem> problems)
    : Exception(string.Join("; ", problems.Select(p => p.ToString())))
{
    public IReadOnlyList<OrganisationProblem> Problems { get; } = problems;
}
