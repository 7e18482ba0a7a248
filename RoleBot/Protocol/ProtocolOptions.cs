namespace RoleBot.Protocol;

/// <summary>Limits of the /api/messages endpoint, bound from configuration section RoleBot:Protocol.</summary>
public sealed class ProtocolOptions
{
    public const string Section = "RoleBot:Protocol";

    /// <summary>Larger bodies get 413; real activities (even with cards) stay far below this.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Background workers; each conversation always lands on the same one, so its turns stay in order.</summary>
    public int QueuePartitions { get; set; } = 4;

    /// <summary>Waiting turns per partition before the endpoint answers 503.</summary>
    public int QueueCapacityPerPartition { get; set; } = 256;

    /// <summary>Seconds a client is told to wait (Retry-After) when the queue is full.</summary>
    public int RetryAfterSeconds { get; set; } = 5;

    /// <summary>How long an activity id is remembered; channels re-send within minutes when the bot is slow.</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(15);

    public int DeduplicationCapacity { get; set; } = 10_000;

    /// <summary>
    /// Longest an expectReplies turn may take before the endpoint answers 503 with Retry-After instead (a frozen
    /// database must not hold requests open). A turn given up on writes no state, so the client's retry starts clean.
    /// </summary>
    public TimeSpan ExpectRepliesTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Total bytes of inline responses kept to replay to a re-sent expectReplies/invoke request.</summary>
    public long ReplayBudgetBytes { get; set; } = 4 * 1024 * 1024;
}
