using Microsoft.Extensions.Options;

namespace RoleBot.Channels.WebChat.DirectLine.Conversations;

/// <summary>
/// Per-client-address windows for the page's token endpoint. Behind a reverse proxy the address is the proxy's
/// unless the host applies forwarded headers. Windows that ended are dropped once many clients are tracked.
/// </summary>
public sealed class ClientRateLimiter(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private const int PruneAbove = 10_000;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, RateWindow> _windows = new(StringComparer.Ordinal);

    public int Limit => options.Value.TokenRequestsPerMinutePerClient;

    /// <returns>Null when allowed; otherwise how long the client should wait.</returns>
    public TimeSpan? TryTake(string client)
    {
        var now = time.GetUtcNow();
        RateWindow window;
        lock (_gate)
        {
            if (_windows.Count > PruneAbove)
            {
                foreach (var stale in _windows.Where(w => w.Value.IsStale(now)).Select(w => w.Key).ToList())
                {
                    _windows.Remove(stale);
                }
            }

            if (!_windows.TryGetValue(client, out window!))
            {
                window = new RateWindow(Limit);
                _windows[client] = window;
            }
        }

        return window.TryTake(now);
    }
}
