namespace RoleBot.Telemetry;

internal static partial class TelemetryLog
{
    [LoggerMessage(EventId = 1601, Level = LogLevel.Warning, Message = "A turn report sink failed ({ExceptionType}); the turn was not affected")]
    public static partial void SinkFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 1602, Level = LogLevel.Information, Message = "Telemetry exporters: {Exporters}")]
    public static partial void Exporters(ILogger logger, string exporters);
}
