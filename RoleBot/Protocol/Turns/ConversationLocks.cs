namespace RoleBot.Protocol.Turns;

/// <summary>
/// Serialises turns of one conversation across every path (background queue, inline invokes, expectReplies), so a
/// card click that arrives right after a reply sees the state that reply's turn saved. Entries exist only while a
/// turn holds or waits for them, so memory is bounded by the turns in flight.
/// </summary>
public sealed class ConversationLocks : ITurnLocks
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken) =>
        await TryAcquireAsync(key, Timeout.InfiniteTimeSpan, cancellationToken) ?? throw new InvalidOperationException("An unbounded wait cannot time out.");

    /// <summary>Null when the conversation stayed busy for <paramref name="timeout"/>.</summary>
    public async Task<IDisposable?> TryAcquireAsync(string key, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                _entries[key] = entry;
            }

            entry.Users++;
        }

        bool acquired;
        try
        {
            acquired = await entry.Gate.WaitAsync(timeout, cancellationToken);
        }
        catch
        {
            Release(key, entry, held: false);
            throw;
        }

        if (!acquired)
        {
            Release(key, entry, held: false);
            return null;
        }

        return new Lease(this, key, entry);
    }

    async Task<IAsyncDisposable?> ITurnLocks.TryEnterAsync(string key, TimeSpan timeout, CancellationToken cancellationToken) =>
        (Lease?)await TryAcquireAsync(key, timeout, cancellationToken);

    internal int Count
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    private void Release(string key, Entry entry, bool held)
    {
        if (held)
        {
            entry.Gate.Release();
        }

        lock (_entries)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(key);
                entry.Gate.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public int Users { get; set; }
    }

    private sealed class Lease(ConversationLocks owner, string key, Entry entry) : IDisposable, IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Release(key, entry, held: true);
            }
        }
    }
}
