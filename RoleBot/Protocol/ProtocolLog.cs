namespace RoleBot.Protocol;

/// <summary>
/// Every protocol log line. Only metadata is logged: never bodies, Authorization headers or channelData
/// (Slack's channelData carries an ApiToken).
/// </summary>
internal static partial class ProtocolLog
{
    // Debug: one line per turn took the console logger's lock on every request and halved the throughput of short
    // replies; the turn counter and the turn span carry the same facts. Refusals and failures keep their own levels.
    [LoggerMessage(1, LogLevel.Debug, "Activity {Type} on {Channel} conversation {Conversation} answered {Status} ({Delivery})")]
    public static partial void Answered(ILogger logger, string? type, string? channel, string conversation, int status, string delivery);

    [LoggerMessage(2, LogLevel.Information, "Rejected request with {Status}: {Problem}")]
    public static partial void Rejected(ILogger logger, int status, string? problem);

    [LoggerMessage(3, LogLevel.Warning, "Authentication failed for {Type} on {Channel}: {Failure}")]
    public static partial void Unauthorized(ILogger logger, string? type, string? channel, string? failure);

    [LoggerMessage(4, LogLevel.Information, "Repeated activity on {Channel} conversation {Conversation} acknowledged without processing")]
    public static partial void Repeated(ILogger logger, string? channel, string conversation);

    [LoggerMessage(5, LogLevel.Warning, "Turn queue full for {Channel} conversation {Conversation}; answered 503")]
    public static partial void QueueFull(ILogger logger, string? channel, string conversation);

    [LoggerMessage(6, LogLevel.Error, "Turn failed for {Type} on {Channel} conversation {Conversation}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? type, string? channel, string conversation);

    [LoggerMessage(7, LogLevel.Warning, "Could not send the apology to conversation {Conversation}: {ErrorType} {ErrorMessage}")]
    public static partial void ApologyFailed(ILogger logger, string errorType, string errorMessage, string conversation);

    [LoggerMessage(8, LogLevel.Warning, "Refused to reply anonymously to serviceUrl {ServiceUrl}; only loopback and RoleBot:AllowedAnonymousServiceUrls are allowed")]
    public static partial void AnonymousServiceUrlRefused(ILogger logger, string? serviceUrl);

    [LoggerMessage(9, LogLevel.Error, "Background turn worker crashed on a turn for conversation {Conversation}")]
    public static partial void WorkerFailed(ILogger logger, Exception exception, string conversation);

    [LoggerMessage(10, LogLevel.Warning, "Could not forget the state of failed conversation {Conversation}: {ErrorType}")]
    public static partial void ForgetStateFailed(ILogger logger, string errorType, string conversation);

    [LoggerMessage(11, LogLevel.Warning, "Inline activity on {Channel} conversation {Conversation} ran without waiting further for the conversation's previous turn")]
    public static partial void ConversationBusy(ILogger logger, string? channel, string conversation);

    [LoggerMessage(12, LogLevel.Warning, "expectReplies turn on {Channel} conversation {Conversation} did not finish within {Timeout}; answered 503 and its state is left as it was")]
    public static partial void InlineTurnAbandoned(ILogger logger, string? channel, string conversation, TimeSpan timeout);

    [LoggerMessage(13, LogLevel.Information, "expectReplies turn on {Channel} conversation {Conversation} passed {Timeout} while saving its state; answering when the save ends")]
    public static partial void InlineTurnSaving(ILogger logger, string? channel, string conversation, TimeSpan timeout);

    [LoggerMessage(14, LogLevel.Information, "Request {Method} {Path} answered 408: the client sent its body too slowly")]
    public static partial void BodyTooSlow(ILogger logger, string method, string path);

    // Only status and host: a Location (or a query) may carry a credential or name an internal address.
    [LoggerMessage(15, LogLevel.Warning, "Connector answered {Status} from {Host}; redirects are not followed, so the delivery failed")]
    public static partial void RedirectRefused(ILogger logger, int status, string? host);

    [LoggerMessage(16, LogLevel.Warning, "Turn journal maintenance failed; trying again at the next interval: {ErrorType} {ErrorMessage}")]
    public static partial void JournalMaintenanceFailed(ILogger logger, string errorType, string errorMessage);

    [LoggerMessage(17, LogLevel.Error, "Journaled turn {Id} cannot be read and is dropped")]
    public static partial void JournalEntryUnreadable(ILogger logger, long id);

    [LoggerMessage(18, LogLevel.Information, "Journaled turn {Id} of conversation {Conversation} taken over from an instance that stopped renewing it")]
    public static partial void JournalTurnResumed(ILogger logger, long id, string conversation);

    [LoggerMessage(19, LogLevel.Warning, "Answered 503 to {Channel} conversation {Conversation}: shared state is unavailable ({ErrorMessage})")]
    public static partial void StateUnavailable(ILogger logger, string? channel, string conversation, string errorMessage);

    [LoggerMessage(20, LogLevel.Warning, "An unprocessed activity stays marked as seen across instances, so its re-send will be ignored: {ErrorMessage}")]
    public static partial void SharedClaimKept(ILogger logger, string errorMessage);

    [LoggerMessage(21, LogLevel.Warning, "Journaled turn {Id} of conversation {Conversation} was taken over by another instance while it ran here; that instance answers it")]
    public static partial void JournalLeaseLost(ILogger logger, long id, string conversation);
}
