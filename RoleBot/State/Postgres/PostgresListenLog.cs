namespace RoleBot.State.Postgres;

/// <summary>The LISTEN connection's life: never the connection string, only the channel and the error's message.</summary>
internal static partial class PostgresListenLog
{
    [LoggerMessage(150, LogLevel.Information, "Listening on {Channel} for Direct Line activities stored by any instance; open streams re-read from their watermarks")]
    public static partial void Listening(ILogger logger, string channel);

    [LoggerMessage(151, LogLevel.Warning, "Direct Line wake-ups are not being received (LISTEN connection lost); connecting again in {DelayMs} ms: {ErrorType} {ErrorMessage}")]
    public static partial void Lost(ILogger logger, double delayMs, string errorType, string errorMessage);
}
