using RoleBot.Protocol;

namespace RoleBot.Tests.Protocol.Support;

/// <summary>Every activity the test bot saw, awaitable by predicate so async turns need no sleeps.</summary>
public sealed class TurnRecorder
{
    private readonly List<Activity> _seen = [];
    private readonly List<(Func<Activity, bool> Match, TaskCompletionSource<Activity> Done)> _waiters = [];

    public void Record(Activity activity)
    {
        lock (_seen)
        {
            _seen.Add(activity);
            foreach (var waiter in _waiters.Where(w => w.Match(activity)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(activity);
            }
        }
    }

    public int CountWhere(Func<Activity, bool> match)
    {
        lock (_seen)
        {
            return _seen.Count(match);
        }
    }

    public Task<Activity> WaitForAsync(Func<Activity, bool> match)
    {
        lock (_seen)
        {
            var existing = _seen.FirstOrDefault(match);
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            var done = new TaskCompletionSource<Activity>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, done));
            return done.Task.WaitAsync(TestTimeouts.Generous);
        }
    }
}
