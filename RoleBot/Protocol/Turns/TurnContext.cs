using RoleBot.Channels.Slack;

namespace RoleBot.Protocol.Turns;

/// <summary>
/// The turn a bot sees. Replies are addressed here and then handed to <paramref name="deliver"/>, which either
/// buffers them (expectReplies) or posts them to the channel; tests can pass a delegate that collects them.
/// </summary>
public sealed class TurnContext(Activity activity, Func<Activity, CancellationToken, Task<string?>> deliver) : ITurnContext
{
    public Activity Activity { get; } = activity ?? throw new ArgumentNullException(nameof(activity));

    public InvokeResponse? InvokeResponse { get; set; }

    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

    public Task<string?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ReplyAddressing.Apply(Activity, activity);
        // Here, not in each sender, so no path (dialogs, notices, the error handler's apology) can reach Slack as a card.
        SlackReplies.Shape(activity);
        return deliver(activity, cancellationToken);
    }
}
