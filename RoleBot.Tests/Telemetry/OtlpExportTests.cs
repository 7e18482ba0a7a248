using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Telemetry;

/// <summary>The real OTLP/HTTP exporter, configured only by OTEL_EXPORTER_OTLP_*, sending to a local receiver.</summary>
public sealed class OtlpExportTests : IAsyncLifetime
{
    private const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    private const string CallerSpanId = "00f067aa0ba902b7";

    // Things a user or a channel sends that must never leave the bot in telemetry.
    private static readonly string[] Private =
    [
        "zebra-crossing-question", "Alice Privacyname", "29:user-private-id", "aad-private-object", "Contoso Private Tenant", "secret-api-token-123",
    ];

    private OtlpReceiver _receiver = null!;
    private RoleBotAppFactory _app = null!;

    public async Task InitializeAsync()
    {
        _receiver = await OtlpReceiver.StartAsync();
        _app = new RoleBotAppFactory(new RoleBotAppOptions
        {
            Settings =
            {
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = _receiver.Endpoint,
                ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            },
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task ATurnsSpanTreeArrivesUnderTheCallersTraceparent()
    {
        var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = ActivityBodies.Json(ActivityBodies.Message("is a GM higher than a VP?").ExpectReplies().ToJsonString()),
        };
        request.Headers.Add("traceparent", $"00-{TraceId}-{CallerSpanId}-01");

        (await client.SendAsync(request)).EnsureSuccessStatusCode();

        // The server's span ends only after the response has reached the client, so it may miss the first flush.
        var spans = new List<OtlpSpan>();
        await Eventually.HoldsAsync(() =>
        {
            Assert.True(_app.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
            spans = [.. _receiver.Spans().Where(s => s.TraceId == TraceId)];
            return Task.FromResult(spans.Any(s => s.ParentSpanId == CallerSpanId));
        });
        var server = Assert.Single(spans, s => s.ParentSpanId == CallerSpanId);
        var turn = Assert.Single(spans, s => s.Name == "rolebot.turn");
        Assert.Equal(server.SpanId, turn.ParentSpanId);
        Assert.Equal("emulator", turn.Attributes["rolebot.channel"]);
        Assert.Equal("Rank", turn.Attributes["rolebot.intent"]);
        Assert.Equal("answered", turn.Attributes["rolebot.outcome"]);
        Assert.Equal("MainDialog", turn.Attributes["rolebot.dialog"]);
        Assert.Equal(turn.SpanId, Assert.Single(spans, s => s.Name == "rolebot.understanding").ParentSpanId);
        Assert.Contains(spans, s => s.Name == "rolebot.rendering" && s.ParentSpanId == turn.SpanId);
    }

    [Fact]
    public async Task NoMessageTextUserTenantOrTokenReachesSpansMetricsOrInformationLogs()
    {
        var client = _app.CreateClient();
        var unknown = TeamsMessage("what does a zebra-crossing-question officer do?");
        var answered = TeamsMessage("is a GM higher than a VP? zebra-crossing-question");

        (await client.PostActivityAsync(unknown)).EnsureSuccessStatusCode();
        (await client.PostActivityAsync(answered)).EnsureSuccessStatusCode();
        Assert.True(_app.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(_app.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

        Assert.Contains(_receiver.Spans(), s => s.Name == "rolebot.turn");
        Assert.NotEmpty(_receiver.Bodies("/v1/metrics"));
        var exported = string.Join('\n', _receiver.Bodies("/v1/traces").Concat(_receiver.Bodies("/v1/metrics")).Select(Encoding.UTF8.GetString));
        var logged = string.Join('\n', _app.Logs.Entries.Where(e => e.Level >= LogLevel.Information).Select(e => e.Detailed));
        foreach (var value in Private)
        {
            Assert.DoesNotContain(value, exported, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(value, logged, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static JsonObject TeamsMessage(string text)
    {
        var activity = ActivityBodies.Message(text).ExpectReplies();
        activity["channelId"] = "msteams";
        activity["from"] = new JsonObject { ["id"] = "29:user-private-id", ["name"] = "Alice Privacyname", ["aadObjectId"] = "aad-private-object" };
        activity["conversation"] = new JsonObject { ["id"] = $"a:{Guid.NewGuid()}", ["tenantId"] = "t-1" };
        activity["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = "t-1", ["name"] = "Contoso Private Tenant" },
            ["ApiToken"] = "secret-api-token-123",
        };
        return activity;
    }
}
