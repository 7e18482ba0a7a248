using Microsoft.Extensions.Options;

namespace RoleBot.Auth.Outbound;

/// <summary>Caches one token and renews it before expiry, with a single acquisition in flight at a time.</summary>
internal abstract class CachingAccessTokenProvider(TimeProvider time, IOptions<AuthTuningOptions> tuning) : IAccessTokenProvider
{
    protected sealed record AcquiredToken(string Value, DateTimeOffset AcquiredAt, DateTimeOffset ExpiresAt);

    private readonly SemaphoreSlim _acquireLock = new(1, 1);
    private AcquiredToken? _token;

    protected TimeProvider Time => time;

    public Task<string> GetTokenAsync(CancellationToken cancellationToken) => GetAsync(null, cancellationToken);

    public Task<string> RefreshAsync(string rejectedToken, CancellationToken cancellationToken) => GetAsync(rejectedToken, cancellationToken);

    protected abstract Task<AcquiredToken> AcquireAsync(CancellationToken cancellationToken);

    private async Task<string> GetAsync(string? rejected, CancellationToken cancellationToken)
    {
        var cached = Volatile.Read(ref _token);
        if (IsUsable(cached, rejected))
        {
            return cached!.Value;
        }

        await _acquireLock.WaitAsync(cancellationToken);
        try
        {
            cached = _token;
            if (IsUsable(cached, rejected))
            {
                return cached!.Value;
            }

            var fresh = await AcquireAsync(cancellationToken);
            Volatile.Write(ref _token, fresh);
            return fresh.Value;
        }
        finally
        {
            _acquireLock.Release();
        }
    }

    private bool IsUsable(AcquiredToken? token, string? rejected)
    {
        if (token is null || token.Value == rejected)
        {
            return false;
        }

        // Short-lived tokens get half their lifetime as margin so we do not fetch on every call.
        var lifetime = token.ExpiresAt - token.AcquiredAt;
        var margin = TimeSpan.FromTicks(Math.Min(tuning.Value.AccessTokenRefreshMargin.Ticks, lifetime.Ticks / 2));
        return time.GetUtcNow() < token.ExpiresAt - margin;
    }
}
