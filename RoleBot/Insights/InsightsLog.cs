namespace RoleBot.Insights;

internal static partial class InsightsLog
{
    [LoggerMessage(EventId = 1651, Level = LogLevel.Warning, Message = "Knowledge-gap queue full: {Dropped} records dropped so far")]
    public static partial void Dropped(ILogger logger, long dropped);

    [LoggerMessage(EventId = 1652, Level = LogLevel.Warning, Message = "Knowledge gaps could not be written ({ExceptionType}: {Reason}); turns are not affected")]
    public static partial void WriteFailed(ILogger logger, string exceptionType, string reason);

    [LoggerMessage(EventId = 1653, Level = LogLevel.Information, Message = "Knowledge gaps are recorded in {Store}, kept {Retention}")]
    public static partial void Recording(ILogger logger, string store, TimeSpan retention);

    [LoggerMessage(EventId = 1654, Level = LogLevel.Debug, Message = "Deleted {Count} knowledge gaps older than {Cutoff}")]
    public static partial void Purged(ILogger logger, int count, DateTimeOffset cutoff);
}
