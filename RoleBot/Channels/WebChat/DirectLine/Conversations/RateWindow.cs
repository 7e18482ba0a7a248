namespace RoleBot.Channels.WebChat.DirectLine.Conversations;

/// <summary>A fixed one-minute window: at most <paramref name="limit"/> takes, then a wait until the window ends.</summary>
public sealed class RateWindow(int limit)
{
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private DateTimeOffset _start = DateTimeOffset.MinValue;
    private int _count;

    /// <returns>Null when allowed; otherwise how long until the next take may succeed.</returns>
    public TimeSpan? TryTake(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (now - _start >= Length || now < _start)
            {
                _start = now;
                _count = 0;
            }

            if (_count >= limit)
            {
                return _start + Length - now;
            }

            _count++;
            return null;
        }
    }

    public bool IsStale(DateTimeOffset now)
    {
        lock (_gate)
        {
            return now - _start >= Length;
        }
    }
}
