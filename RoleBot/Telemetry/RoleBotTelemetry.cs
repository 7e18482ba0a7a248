using System.Diagnostics;

namespace RoleBot.Telemetry;

/// <summary>The one name RoleBot's own spans and metrics go under, so an exporter or a dashboard picks them by it.</summary>
public static class RoleBotTelemetry
{
    public const string Name = "RoleBot";

    public static readonly ActivitySource Source = new(Name);

    /// <summary>Starts a child span of the current one; null when nobody listens (no exporter), which costs nothing.</summary>
    public static System.Diagnostics.Activity? Start(string name, ActivityKind kind = ActivityKind.Internal, ActivityContext parent = default) =>
        Source.StartActivity(name, kind, parent);
}
