namespace RoleBot.Auth.Outbound;

/// <summary>Bearer tokens for calls from the bot to the Bot Connector (docs/protocol.md §3.3).</summary>
public interface IAccessTokenProvider
{
    /// <summary>A cached token, acquired or renewed shortly before it expires.</summary>
    Task<string> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The Connector refused <paramref name="rejectedToken"/>: acquire a new one unless another caller already did.
    /// </summary>
    Task<string> RefreshAsync(string rejectedToken, CancellationToken cancellationToken);
}
