namespace RoleBot.Telemetry;

/// <summary>Told about every finished turn. Must return at once and never throw: it runs on the turn's path.</summary>
public interface ITurnReportSink
{
    void TurnEnded(TurnReport report, DateTimeOffset endedAt);
}
