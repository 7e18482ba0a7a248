namespace RoleBot.Content.Organisations;

internal static partial class OrganisationLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Organisation {Organisation} skipped at startup: {Count} problem(s): {Problems}")]
    public static partial void Skipped(ILogger logger, string organisation, int count, string problems);
}
