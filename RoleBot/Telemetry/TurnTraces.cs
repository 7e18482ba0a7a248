using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace RoleBot.Telemetry;

/// <summary>
/// Carries the trace of the request that delivered an activity to the background worker that runs its turn,
/// so a queued turn's span is still a child of the request (and of the caller's traceparent).
/// </summary>
public static class TurnTraces
{
    private static readonly ConditionalWeakTable<Protocol.Activity, StrongBox<ActivityContext>> Parents = new();

    /// <summary>Call where the activity is handed to another thread; a no-op when nothing is being traced.</summary>
    public static void Remember(Protocol.Activity activity)
    {
        if (System.Diagnostics.Activity.Current is { } current)
        {
            Parents.AddOrUpdate(activity, new StrongBox<ActivityContext>(current.Context));
        }
    }

    public static ActivityContext ParentOf(Protocol.Activity activity) =>
        Parents.TryGetValue(activity, out var parent) ? parent.Value : System.Diagnostics.Activity.Current?.Context ?? default;
}
