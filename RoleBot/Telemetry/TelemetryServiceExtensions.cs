using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace RoleBot.Telemetry;

public static class TelemetryServiceExtensions
{
    /// <summary>
    /// RoleBot's meter and turn spans always exist (they cost nothing unheard); OpenTelemetry itself starts only
    /// when an exporter is configured: OTLP by OTEL_EXPORTER_OTLP_ENDPOINT, Azure Monitor by
    /// APPLICATIONINSIGHTS_CONNECTION_STRING, Prometheus by RoleBot:Telemetry:Prometheus.
    /// </summary>
    public static IServiceCollection AddRoleBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRoleBotMetrics();
        var section = configuration.GetSection(TelemetryOptions.Section);
        services.AddOptions<TelemetryOptions>().Bind(section);
        var exporters = TelemetryExporters.From(configuration, section.Get<TelemetryOptions>() ?? new TelemetryOptions());
        services.TryAddSingleton(exporters);
        if (!exporters.Any)
        {
            return services;
        }

        var otel = services.AddOpenTelemetry().ConfigureResource(r => r.AddService(RoleBotTelemetry.Name));
        if (exporters.Traces)
        {
            otel.WithTracing(tracing =>
            {
                tracing.AddSource(RoleBotTelemetry.Name)
                    .AddAspNetCoreInstrumentation(o => o.Filter = TracedRequests.ShouldTrace)
                    .AddHttpClientInstrumentation(o => o.EnrichWithHttpRequestMessage = TracedRequests.RedactUrl)
                    .AddNpgsql();
                if (exporters.AzureMonitor is { } connection)
                {
                    tracing.AddAzureMonitorTraceExporter(o => o.ConnectionString = connection);
                }
            });
        }

        otel.WithMetrics(metrics =>
        {
            metrics.AddMeter(RoleBotTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation();
            if (exporters.Prometheus)
            {
                metrics.AddPrometheusExporter();
            }

            if (exporters.AzureMonitor is { } connection)
            {
                metrics.AddAzureMonitorMetricExporter(o => o.ConnectionString = connection);
            }
        });

        if (exporters.Otlp)
        {
            // Endpoint, protocol and headers come from the standard OTEL_EXPORTER_OTLP_* settings.
            otel.UseOtlpExporter();
        }

        return services;
    }

    /// <summary>The meter and the turn telemetry alone; folders that count things call it so they can be composed without the host.</summary>
    public static IServiceCollection AddRoleBotMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RoleBotMetrics>();
        services.TryAddSingleton<TurnTelemetry>();
        return services;
    }

    /// <summary>Maps /metrics when Prometheus is on (only on RoleBot:Telemetry:PrometheusPort when that is set).</summary>
    public static WebApplication MapRoleBotTelemetry(this WebApplication app)
    {
        var exporters = app.Services.GetRequiredService<TelemetryExporters>();
        TelemetryLog.Exporters(app.Logger, exporters.Any ? exporters.ToString() : "none");
        if (!exporters.Prometheus)
        {
            return app;
        }

        var port = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TelemetryOptions>>().Value.PrometheusPort;
        var endpoint = app.MapPrometheusScrapingEndpoint();
        if (port is { } only)
        {
            endpoint.RequireHost($"*:{only}");
        }

        return app;
    }
}
