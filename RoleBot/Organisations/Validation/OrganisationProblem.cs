using System.Globalization;

namespace RoleBot.Organisations.Validation;

/// <summary>One thing wrong with an organisation's files, where HR can find it: file, line and column (1-based).</summary>
public sealed record OrganisationProblem(string File, int Line, int Column, string Message)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column}): {Message}");
}
