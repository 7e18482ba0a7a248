namespace RoleBot.Tests.Telemetry;

/// <summary>
/// OpenTelemetry's exporters listen to every meter named RoleBot in the process, not only their app's, so a test
/// that reads exact counts from one runs alone: another test's app answering at the same time would add its turns.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideMeters
{
    public const string Name = "Process-wide meters";
}
