namespace RoleBot.Channels.WebChat.DirectLine.Streams;

/// <summary>
/// One open stream's doorbell. Wakes coalesce into one pending signal (the stream re-reads everything after its
/// watermark anyway), so however many replies arrive nothing queues up.
/// </summary>
public sealed class StreamSubscription(string conversationId, Action<StreamSubscription> release) : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly Lock _gate = new();
    private int _disposed;

    public string ConversationId { get; } = conversationId;

    /// <summary>A newer stream of the same conversation took this one's place (Direct Line's "collision").</summary>
    public bool IsSuperseded { get; private set; }

    public void Wake()
    {
        lock (_gate)
        {
            if (_signal.CurrentCount == 0 && Volatile.Read(ref _disposed) == 0)
            {
                _signal.Release();
            }
        }
    }

    public void Supersede()
    {
        IsSuperseded = true;
        Wake();
    }

    /// <summary>True when woken, false when <paramref name="timeout"/> passed first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            release(this);
            lock (_gate)
            {
                _signal.Dispose();
            }
        }
    }
}
