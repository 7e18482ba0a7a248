
namespace RoleBot.State.Postgres;

/// <summary>
/// The store's log lines. Never the connection string, never conversation data; conversations appear as the same
/// short hash <see cref="Protocol.ConversationTag"/> logs, so lines still correlate.
/// </summary>
internal static partial class PostgresStateLog
{
    [LoggerMessage(101, LogLevel.Information, "Conversation state table {Table} is ready (schema version {Version}, {Applied} migration(s) applied now)")]
    public static partial void TableReady(ILogger logger, string table, int version, int applied);

    [LoggerMessage(102, LogLevel.Warning, "Transient PostgreSQL error while conversation state was {Operation} (attempt {Attempt}); retrying in {DelayMs} ms: {ErrorType} {ErrorMessage}")]
    public static partial void Retrying(ILogger logger, string operation, int attempt, double delayMs, string errorType, string errorMessage);

    [LoggerMessage(103, LogLevel.Error, "Conversation state could not be {Operation} in PostgreSQL after {Attempts} attempt(s): {ErrorType} {SqlState} {ErrorMessage}")]
    public static partial void Failed(ILogger logger, string operation, int attempts, string errorType, string? sqlState, string errorMessage);

    [LoggerMessage(104, LogLevel.Warning, "Conversation {Conversation} state was also written by another turn (expected version {Expected}, wrote {Written}); last write wins")]
    public static partial void Conflict(ILogger logger, string conversation, long expected, long written);

    [LoggerMessage(105, LogLevel.Information, "Purged {Count} {What} from {Table}")]
    public static partial void Purged(ILogger logger, int count, string what, string table);

    [LoggerMessage(107, LogLevel.Debug, "Housekeeping skipped: another instance is doing it")]
    public static partial void PurgeSkipped(ILogger logger);

    [LoggerMessage(106, LogLevel.Warning, "Purging idle conversations failed; will try again in {Interval}: {ErrorMessage}")]
    public static partial void PurgeFailed(ILogger logger, TimeSpan interval, string errorMessage);

    public static string Tag(string key) => Protocol.ConversationTag.ForKey(key);
}
