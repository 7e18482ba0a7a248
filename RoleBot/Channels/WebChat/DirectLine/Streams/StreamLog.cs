namespace RoleBot.Channels.WebChat.DirectLine.Streams;

/// <summary>Stream events: conversation tags, counts and close reasons only, never tokens or message text.</summary>
internal static partial class StreamLog
{
    [LoggerMessage(2120, LogLevel.Information, "Direct Line stream opened for conversation {Conversation} ({Open} open on this instance)")]
    public static partial void Opened(ILogger logger, string conversation, int open);

    [LoggerMessage(2121, LogLevel.Information, "Direct Line stream of conversation {Conversation} closed: {Reason}")]
    public static partial void Closed(ILogger logger, string conversation, string reason);

    [LoggerMessage(2122, LogLevel.Warning, "Direct Line stream refused: {Open} streams already open on this instance")]
    public static partial void Full(ILogger logger, int open);

    [LoggerMessage(2123, LogLevel.Warning, "Direct Line stream of conversation {Conversation} could not read new activities; it tries again on the next wake-up or keep-alive: {ErrorMessage}")]
    public static partial void ReadFailed(ILogger logger, string conversation, string errorMessage);
}
