using RoleBot.Protocol;
using RoleBot.Protocol.Turns;

namespace RoleBot.Channels.Teams.Invokes;

/// <summary>
/// The same turn (activity, state, invoke response) but replies are kept instead of posted, so an
/// adaptiveCard/action can answer with the card the click produced rather than with a new message.
/// </summary>
internal sealed class CapturingTurnContext(ITurnContext inner) : ITurnContext
{
    public List<Activity> Replies { get; } = [];

    public Activity Activity => inner.Activity;

    public InvokeResponse? InvokeResponse
    {
        get => inner.InvokeResponse;
        set => inner.InvokeResponse = value;
    }

    public IDictionary<string, object> TurnState => inner.TurnState;

    public Task<string?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Replies.Add(activity);
        return Task.FromResult<string?>(null);
    }
}
