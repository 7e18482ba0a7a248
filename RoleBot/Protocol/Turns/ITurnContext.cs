namespace RoleBot.Protocol.Turns;

/// <summary>One inbound activity and the means to answer it, in the shape Bot Framework users know.</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>Sends a reply; addressing (from/recipient/conversation/replyToId) is filled in from the inbound activity.</summary>
    Task<string?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Set by invoke handlers; the adapter writes it as the HTTP response.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Per-turn bag for services that cooperate within one turn (e.g. the loaded conversation state).</summary>
    IDictionary<string, object> TurnState { get; }
}
