using RoleBot.Telemetry;

namespace RoleBot.Protocol.Turns;

/// <summary>
/// The turn a bot sees. Replies are addressed and shaped for their channel here, then handed to
/// <paramref name="deliver"/>, which either buffers them (expectReplies) or posts them to the channel; tests can
/// pass a delegate that collects them.
/// </summary>
public sealed class TurnContext(Activity activity, IReplyShaper shaper, Func<Activity, CancellationToken, Task<string?>> deliver) : ITurnContext
{
    public Activity Activity { get; } = activity ?? throw new ArgumentNullException(nameof(activity));

    public InvokeResponse? InvokeResponse { get; set; }

    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

    public Task<string?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ReplyAddressing.Apply(Activity, activity);
        // Here, not in each sender, so every path (answers, dialogs, notices, the error handler's apology) is shaped once.
        using (RoleBotTelemetry.Start("rolebot.rendering"))
        {
            shaper.Shape(activity);
        }

        return deliver(activity, cancellationToken);
    }
}
