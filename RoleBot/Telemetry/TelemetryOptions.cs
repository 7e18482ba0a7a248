namespace RoleBot.Telemetry;

/// <summary>RoleBot:Telemetry. The OTLP and Azure Monitor exporters are chosen by their own standard variables.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "RoleBot:Telemetry";

    /// <summary>Serve /metrics for Prometheus to scrape. Off by default: the numbers are not for everyone to read.</summary>
    public bool Prometheus { get; set; }

    /// <summary>
    /// When set, /metrics answers only on this port (which must be one the server listens on, e.g.
    /// ASPNETCORE_URLS="http://+:8080;http://127.0.0.1:9464"), so it need not be exposed with the bot.
    /// </summary>
    public int? PrometheusPort { get; set; }
}
