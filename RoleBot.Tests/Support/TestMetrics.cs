using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Telemetry;

namespace RoleBot.Tests.Support;

/// <summary>A <see cref="RoleBotMetrics"/> of its own, for units built without the app; <see cref="Recorder"/> hears only it.</summary>
public sealed class TestMetrics : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public TestMetrics()
    {
        var factory = _services.GetRequiredService<IMeterFactory>();
        Metrics = new RoleBotMetrics(factory);
        Recorder = new MetricRecorder(factory);
    }

    public RoleBotMetrics Metrics { get; }

    public MetricRecorder Recorder { get; }

    public void Dispose()
    {
        Recorder.Dispose();
        _services.Dispose();
    }
}
