namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// Keys seen recently, in memory, bounded in count and in time: the oldest are forgotten once a key is older than
/// the window or the count reaches the capacity.
/// </summary>
public sealed class SlackRecentKeys(TimeProvider time, Func<TimeSpan> window, Func<int> capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _byAge = new();

    /// <summary>True the first time a key is seen within the window.</summary>
    public bool TryAdd(string key)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            Prune(now);
            if (!_seen.TryAdd(key, now))
            {
                return false;
            }

            _byAge.Enqueue((key, now));
            return true;
        }
    }

    public void Remove(string key)
    {
        lock (_gate)
        {
            _seen.Remove(key);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        var (maxAge, maxCount) = (window(), capacity());
        while (_byAge.TryPeek(out var oldest) && (now - oldest.At >= maxAge || _seen.Count >= maxCount))
        {
            _byAge.Dequeue();
            // Only if it is still this arrival: a removed key may have been seen again since.
            if (_seen.TryGetValue(oldest.Key, out var at) && at == oldest.At)
            {
                _seen.Remove(oldest.Key);
            }
        }
    }
}
