namespace RoleBot.Content;

/// <summary>The one log shape for every content source, so operators search one message for any content file.</summary>
internal static partial class ContentLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Content {Content} loaded from {Path}")]
    public static partial void Loaded(ILogger logger, string content, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content {Content} reloaded: {File} changed in {Path}")]
    public static partial void Reloaded(ILogger logger, string content, string file, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content {Content} reload failed: {File} in {Path}: {Reason}; keeping the previous version")]
    public static partial void ReloadFailed(ILogger logger, string content, string file, string path, string reason);
}
