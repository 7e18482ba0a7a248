namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// Log lines of the native Slack app: ids, event types and Slack error codes only (values from a request pass
/// through LogValue.Untrusted). Never bodies, message text, the signing secret, the bot token or a response_url
/// (which is itself a credential for 30 minutes).
/// </summary>
internal static partial class SlackLog
{
    [LoggerMessage(101, LogLevel.Information, "Native Slack endpoints are disabled: set Slack:SigningSecret and Slack:BotToken to enable /api/slack/*")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(102, LogLevel.Information, "Native Slack endpoints enabled at /api/slack/events, /api/slack/commands and /api/slack/interactivity")]
    public static partial void Enabled(ILogger logger);

    [LoggerMessage(103, LogLevel.Warning, "Rejected Slack request to {Path} with {Status}: {Problem}")]
    public static partial void Rejected(ILogger logger, int status, string problem, string path);

    [LoggerMessage(104, LogLevel.Information, "Slack event {EventId} ({EventType}) ignored: {Reason}")]
    public static partial void Ignored(ILogger logger, string? eventId, string? eventType, string reason);

    [LoggerMessage(105, LogLevel.Information, "Slack event {EventId} already seen (retry {RetryNum}, {RetryReason}); acknowledged without processing")]
    public static partial void Repeated(ILogger logger, string eventId, string? retryNum, string? retryReason);

    [LoggerMessage(106, LogLevel.Warning, "Slack work queue full for conversation {Conversation}; answered 503 so Slack retries")]
    public static partial void QueueFull(ILogger logger, string conversation);

    [LoggerMessage(107, LogLevel.Information, "Slack {Kind} for conversation {Conversation} queued")]
    public static partial void Queued(ILogger logger, string kind, string conversation);

    [LoggerMessage(108, LogLevel.Warning, "Slack {Method} rate limited; retrying in {Seconds} s (attempt {Attempt})")]
    public static partial void RateLimited(ILogger logger, string method, double seconds, int attempt);

    [LoggerMessage(109, LogLevel.Error, "Slack {Method} failed: {Error}")]
    public static partial void ApiFailed(ILogger logger, string method, string error);

    [LoggerMessage(110, LogLevel.Warning, "Slack turn for conversation {Conversation} failed; the apology was attempted")]
    public static partial void TurnFailed(ILogger logger, string conversation);

    [LoggerMessage(111, LogLevel.Error, "Slack background job for conversation {Conversation} crashed")]
    public static partial void JobCrashed(ILogger logger, Exception exception, string conversation);

    [LoggerMessage(112, LogLevel.Warning, "Slack app_rate_limited: Slack is dropping events for team {Team}")]
    public static partial void AppRateLimited(ILogger logger, string? team);

    [LoggerMessage(113, LogLevel.Error, "Slack {Method} answered {Status} from {Host}; redirects are not followed, so the delivery failed")]
    public static partial void RedirectRefused(ILogger logger, string method, int status, string host);

    [LoggerMessage(114, LogLevel.Warning, "Slack slash command replayed (same timestamp {Timestamp} and signature) for team {Team}; acknowledged without answering")]
    public static partial void CommandReplayed(ILogger logger, string timestamp, string? team);

    [LoggerMessage(115, LogLevel.Warning, "Journaled Slack turn {Id} of conversation {Conversation} was taken over by another instance while it ran here; that instance answers it")]
    public static partial void JournalLeaseLost(ILogger logger, long id, string conversation);
}
