namespace RoleBot.Hosting.WarmUp;

internal static partial class WarmUpLog
{
    [LoggerMessage(1, LogLevel.Information, "Warm-up finished in {Milliseconds} ms ({Replies} replies rendered, none sent)")]
    public static partial void Finished(ILogger logger, int replies, long milliseconds);

    [LoggerMessage(2, LogLevel.Warning, "Warm-up failed after {Milliseconds} ms; starting anyway, the first question will be slower")]
    public static partial void Failed(ILogger logger, Exception exception, long milliseconds);

    [LoggerMessage(3, LogLevel.Warning, "Warm-up did not finish within {Seconds} s; starting anyway, the first question may be slower")]
    public static partial void TimedOut(ILogger logger, int seconds);
}
