using RoleBot.Protocol.Turns;

namespace RoleBot.Telemetry;

public static class TurnReports
{
    public const string TurnStateKey = "RoleBot.TurnReport";

    /// <summary>The turn's report, created on first use so code that runs outside a full turn (tests, invokes) still works.</summary>
    public static TurnReport Report(this ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.TryGetValue(TurnStateKey, out var value) && value is TurnReport report)
        {
            return report;
        }

        report = new TurnReport { Channel = turnContext.Activity.ChannelId ?? "unknown" };
        turnContext.TurnState[TurnStateKey] = report;
        return report;
    }
}
