namespace RoleBot.Tests.Support;

/// <summary>What a fake saw, in order, awaitable by predicate so tests of background work need no sleeps.</summary>
public class AwaitableLog<T>
    where T : class
{
    private readonly List<T> _seen = [];
    private readonly List<(Func<T, bool> Match, TaskCompletionSource<T> Done)> _waiters = [];

    public void Record(T item)
    {
        lock (_seen)
        {
            _seen.Add(item);
            foreach (var waiter in _waiters.Where(w => w.Match(item)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(item);
            }
        }
    }

    public IReadOnlyList<T> All => Where(_ => true);

    public IReadOnlyList<T> Where(Func<T, bool> match)
    {
        lock (_seen)
        {
            return [.. _seen.Where(match)];
        }
    }

    public int CountWhere(Func<T, bool> match)
    {
        lock (_seen)
        {
            return _seen.Count(match);
        }
    }

    /// <summary>The first item that matches, seen already or still to come (within the generous test timeout).</summary>
    public Task<T> WaitForAsync(Func<T, bool> match)
    {
        lock (_seen)
        {
            if (_seen.FirstOrDefault(match) is { } existing)
            {
                return Task.FromResult(existing);
            }

            var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, done));
            return done.Task.WaitAsync(TestTimeouts.Generous);
        }
    }
}
