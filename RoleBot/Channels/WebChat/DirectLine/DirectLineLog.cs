using RoleBot.Channels.WebChat.DirectLine.Turns;

namespace RoleBot.Channels.WebChat.DirectLine;

/// <summary>Direct Line log lines: conversation tags, statuses and reasons only; never tokens, secrets or message text.</summary>
internal static partial class DirectLineLog
{
    // Information, not a warning: conversations live in this process anyway, so a per-process secret loses nothing
    // the page needs; only server-side callers of tokens/generate need a configured one.
    [LoggerMessage(2101, LogLevel.Information, "No {Section}:Secret configured; generated a random one for this process (tokens die with it)")]
    public static partial void SecretGenerated(ILogger logger, string section);

    [LoggerMessage(2102, LogLevel.Information, "Direct Line conversation {Conversation} evicted (conversation cap reached)")]
    public static partial void ConversationEvicted(ILogger logger, string conversation);

    [LoggerMessage(2103, LogLevel.Information, "Direct Line {Endpoint} refused with {Status}: {Failure}")]
    public static partial void Refused(ILogger logger, string endpoint, int status, string? failure);

    [LoggerMessage(2104, LogLevel.Information, "Direct Line conversation {Conversation} {Event} ({Status})")]
    public static partial void Conversation(ILogger logger, string conversation, string @event, int status);

    [LoggerMessage(2105, LogLevel.Information, "Direct Line {Type} posted to conversation {Conversation}; turn {Turn}")]
    public static partial void Posted(ILogger logger, string? type, string conversation, TurnRun turn);

    [LoggerMessage(2106, LogLevel.Warning, "Direct Line conversation {Conversation} over its {Kind} rate")]
    public static partial void RateExceeded(ILogger logger, string conversation, string kind);

    [LoggerMessage(2107, LogLevel.Error, "Direct Line poll of conversation {Conversation} failed; answered 200 with no new activities")]
    public static partial void PollFailed(ILogger logger, Exception exception, string conversation);

    [LoggerMessage(2108, LogLevel.Error, "Direct Line turn for conversation {Conversation} could not run")]
    public static partial void TurnNotRun(ILogger logger, Exception exception, string conversation);

    [LoggerMessage(2109, LogLevel.Information, "Direct Line turn for conversation {Conversation} still running after the POST's wait; replies follow in the stream")]
    public static partial void TurnStillRunning(ILogger logger, string conversation);

    [LoggerMessage(2110, LogLevel.Warning, "Web Chat page token refused: client over {Limit} tokens per minute")]
    public static partial void PageTokenRateExceeded(ILogger logger, int limit);

    [LoggerMessage(2111, LogLevel.Warning, "Direct Line answered 503: shared state is unavailable ({ErrorMessage})")]
    public static partial void StateUnavailable(ILogger logger, string errorMessage);

    [LoggerMessage(2112, LogLevel.Information, "Direct Line conversation {Conversation}: a post sent again was already answered; this run's state and replies are dropped")]
    public static partial void AlreadyAnswered(ILogger logger, string conversation);

    [LoggerMessage(2113, LogLevel.Information, "Direct Line conversation {Conversation}: a post was sent again ({Answered}); it keeps its first id")]
    public static partial void Resent(ILogger logger, string conversation, string answered);

    [LoggerMessage(2114, LogLevel.Warning, "Direct Line conversation {Conversation}: a turn taken over from another instance has no stored post left to answer; dropped")]
    public static partial void ResumedTurnGone(ILogger logger, string conversation);
}
