namespace RoleBot.Channels.WebChat.DirectLine;

/// <summary>The self-hosted Direct Line, bound from configuration section RoleBot:DirectLine and validated on start.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "RoleBot:DirectLine";

    /// <summary>
    /// Bearer secret for tokens/generate and server-to-server use; it also keys the token signatures. Without one a
    /// random secret is made at startup (tokens then die with the process, which suits development).
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>DirectLineJS refreshes every 15 minutes, so a token must outlive that.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Origins (scheme://host[:port]) whose pages may call the endpoints from the browser; same-origin needs none.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>A conversation nobody polled or posted to for this long is forgotten.</summary>
    public TimeSpan ConversationIdleExpiry { get; set; } = TimeSpan.FromHours(1);

    /// <summary>More conversations than this evict the least recently used one.</summary>
    public int MaxConversations { get; set; } = 1000;

    /// <summary>Activities kept per conversation for polling; older ones drop off, watermarks stay valid.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 100;

    /// <summary>
    /// JSON bytes of history kept per conversation (the newest activity always stays). With MaxConversations this
    /// bounds the memory Direct Line can be made to hold; a card answer is a few KB.
    /// </summary>
    public long MaxHistoryBytesPerConversation { get; set; } = 512 * 1024;

    /// <summary>Activities a conversation may post per minute before POST activities answers 429.</summary>
    public int MaxPostsPerMinute { get; set; } = 30;

    /// <summary>Polls per conversation per minute that are served; beyond it a poll gets an empty page (never an error).</summary>
    public int MaxPollsPerMinute { get; set; } = 600;

    /// <summary>Tokens one client address may get from /api/webchat/token per minute.</summary>
    public int TokenRequestsPerMinutePerClient { get; set; } = 20;

    /// <summary>How long POST activities waits for the bot's in-process turn before answering anyway.</summary>
    public TimeSpan TurnWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a streamUrl may wait to be opened; reconnecting (GET conversations/{id}) gives a fresh one.</summary>
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// An open stream with nothing to send sends an empty message this often (Direct Line's keep-alive), so proxies
    /// keep the connection and a dead client is noticed; it also re-reads the conversation then, as a safety net.
    /// </summary>
    public TimeSpan StreamKeepAlive { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Open streams per conversation on one instance; one more closes the oldest (a reconnect whose old socket lingers).</summary>
    public int MaxStreamsPerConversation { get; set; } = 2;

    /// <summary>Open streams on one instance; beyond it a stream is refused with 503 and Retry-After (polling still works).</summary>
    public int MaxStreams { get; set; } = 1000;

    public string BotId { get; set; } = "rolebot";

    public string BotName { get; set; } = "RoleBot";
}
