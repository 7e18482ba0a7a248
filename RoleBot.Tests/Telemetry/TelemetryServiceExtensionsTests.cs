using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Telemetry;

/// <summary>Which exporters run is decided by settings alone; with none, OpenTelemetry is not started.</summary>
[Collection(ProcessWideMeters.Name)]
public sealed class TelemetryServiceExtensionsTests
{
    [Fact]
    public async Task WithNoExporterSetNothingExtraRunsAndThereIsNoMetricsEndpoint()
    {
        await using var app = new RoleBotAppFactory();
        var client = app.CreateClient();

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
        Assert.Contains(app.Logs.Lines, l => l.Contains("Telemetry exporters: none", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PrometheusServesTheTurnCounterByOutcomeWhenTurnedOn()
    {
        await using var app = new RoleBotAppFactory(new RoleBotAppOptions { Settings = { ["RoleBot:Telemetry:Prometheus"] = "true" } });
        var client = app.CreateClient();

        await client.PostActivityAsync(ActivityBodies.Message("is a GM higher than a VP?").ExpectReplies());
        await client.PostActivityAsync(ActivityBodies.Message("what does a wizard do?").ExpectReplies());
        // The exporter caches a scrape briefly, so a scrape taken during the turns may be served again at first.
        var scrape = "";
        for (var attempt = 0; attempt < 50 && !scrape.Contains("outcome=\"unknown_role\"", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            scrape = await client.GetStringAsync("/metrics");
        }

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Matches("rolebot_turns_total\\{[^}]*outcome=\"answered\"[^}]*\\} 1", scrape);
        Assert.Matches("rolebot_turns_total\\{[^}]*outcome=\"unknown_role\"[^}]*\\} 1", scrape);
        Assert.Contains("rolebot_turn_duration_seconds_bucket", scrape, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", scrape, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_collections_total", scrape, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APrometheusPortKeepsMetricsOffTheBotsOwnPort()
    {
        await using var app = new RoleBotAppFactory(new RoleBotAppOptions
        {
            Settings = { ["RoleBot:Telemetry:Prometheus"] = "true", ["RoleBot:Telemetry:PrometheusPort"] = "9464" },
        });
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
        using var onPort = new HttpRequestMessage(HttpMethod.Get, "http://localhost:9464/metrics");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(onPort)).StatusCode);
    }
}
