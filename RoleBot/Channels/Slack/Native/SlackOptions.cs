namespace RoleBot.Channels.Slack.Native;

/// <summary>The native Slack app (no Azure), bound from configuration section "Slack" (env: Slack__SigningSecret, ...).</summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>Signs every request Slack sends (Basic Information → App Credentials). Never logged.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The bot token (xoxb-…) for chat.postMessage. Never logged.</summary>
    public string? BotToken { get; set; }

    /// <summary>The bot's user id (U…); optional, since events name it in authorizations[].user_id.</summary>
    public string? BotUserId { get; set; }

    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Slack's payloads are a few KB; larger bodies get 413.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Slack signs the time of sending; older or later requests are replays or a wrong clock.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Slack retries a delivery after about 1 and 5 minutes, so an event id is remembered longer than that.</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(15);

    public int DeduplicationCapacity { get; set; } = 10_000;

    public int QueuePartitions { get; set; } = 2;

    public int QueueCapacityPerPartition { get; set; } = 256;

    /// <summary>Attempts after an HTTP 429, each after the Retry-After Slack asked for (capped by MaxRetryAfter).</summary>
    public int MaxRateLimitRetries { get; set; } = 3;

    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A response_url accepts posts for 30 minutes, so a "Share in channel" answer is kept that long.</summary>
    public TimeSpan ShareWindow { get; set; } = TimeSpan.FromMinutes(30);

    public int ShareCapacity { get; set; } = 1_000;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SigningSecret) && !string.IsNullOrWhiteSpace(BotToken);
}
