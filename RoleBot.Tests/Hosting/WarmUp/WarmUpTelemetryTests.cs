using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Hosting.WarmUp;

/// <summary>
/// Alone in its collection: every app's tracer listens to RoleBot's one ActivitySource, so another test's turn
/// running meanwhile would be exported here too.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WarmUpTelemetryCollection
{
    public const string Name = "Warm-up telemetry, alone";
}

[Collection(WarmUpTelemetryCollection.Name)]
public sealed class WarmUpTelemetryTests
{
    [Fact]
    public async Task TheStartupWarmUpExportsNoSpans()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        await using var app = new RoleBotAppFactory(new RoleBotAppOptions
        {
            Settings =
            {
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Endpoint,
                ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            },
        });
        _ = app.CreateClient();

        Assert.True(app.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.Empty(receiver.Spans());
    }
}
