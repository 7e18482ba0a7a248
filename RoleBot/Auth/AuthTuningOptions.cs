namespace RoleBot.Auth;

/// <summary>Timing knobs for authentication and delivery, bound from "RoleBot:Auth".</summary>
public sealed class AuthTuningOptions
{
    public const string SectionName = "RoleBot:Auth";

    // Bot Framework rotates keys rarely and announces them ahead; a day keeps us current without hammering.
    public TimeSpan SigningKeyCacheLifetime { get; set; } = TimeSpan.FromHours(24);

    // An unknown kid triggers a refresh, but a flood of forged kids must not turn into a flood of fetches.
    public TimeSpan SigningKeyMinRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan AccessTokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    public int ConnectorMaxRetries { get; set; } = 3;
    public TimeSpan ConnectorRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan ConnectorRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    // A channel asking us to wait longer than this is better answered by giving up than by holding a turn; the cap
    // also keeps all retries of one send (3 x 20 s) inside HttpClient's default 100 s timeout.
    public TimeSpan ConnectorMaxRetryAfter { get; set; } = TimeSpan.FromSeconds(20);
}
