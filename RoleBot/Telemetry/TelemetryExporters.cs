namespace RoleBot.Telemetry;

/// <summary>Which exporters the settings ask for; with none, OpenTelemetry is not started at all.</summary>
public sealed record TelemetryExporters(bool Otlp, string? AzureMonitor, bool Prometheus)
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string AzureMonitorKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public bool Any => Otlp || AzureMonitor is not null || Prometheus;

    /// <summary>Traces go only to exporters that take them (Prometheus takes metrics only).</summary>
    public bool Traces => Otlp || AzureMonitor is not null;

    public static TelemetryExporters From(IConfiguration configuration, TelemetryOptions options) => new(
        !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]),
        configuration[AzureMonitorKey] is { Length: > 0 } connection ? connection : null,
        options.Prometheus);

    public override string ToString() => string.Join(", ", new[]
    {
        Otlp ? "OTLP" : null,
        AzureMonitor is not null ? "Azure Monitor" : null,
        Prometheus ? "Prometheus /metrics" : null,
    }.OfType<string>());
}
