using System.Collections.Concurrent;

namespace RoleBot.Caching;

/// <summary>
/// What a pure function answered for the last few thousand distinct inputs. Two generations bound it: when the
/// young one holds <c>capacity</c> entries it becomes the old one and the previous old one is dropped, so at most
/// twice <c>capacity</c> are held, an input asked in either generation stays, and no entry needs a clock or a list
/// node. A capacity of 0 or less remembers nothing.
/// </summary>
public sealed class GenerationalMemo<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private Generation _young = new(comparer);
    private Generation _old = new(comparer);

    public bool Enabled => capacity > 0;

    public int Count => Volatile.Read(ref _young).Count + Volatile.Read(ref _old).Count;

    /// <summary>The value remembered for <paramref name="key"/>, or <paramref name="compute"/>'s, then remembered.</summary>
    public TValue Recall<TState>(TKey key, TState state, Func<TState, TKey, TValue> compute)
    {
        if (capacity <= 0)
        {
            return compute(state, key);
        }

        var young = Volatile.Read(ref _young);
        if (young.TryGetValue(key, out var value))
        {
            return value;
        }

        if (!Volatile.Read(ref _old).TryGetValue(key, out value))
        {
            value = compute(state, key);
        }

        Remember(young, key, value);
        return value;
    }

    private void Remember(Generation young, TKey key, TValue value)
    {
        if (!young.TryAdd(key, value) || Interlocked.Increment(ref young.Added) < capacity)
        {
            return;
        }

        lock (_gate)
        {
            if (ReferenceEquals(_young, young))
            {
                Volatile.Write(ref _old, young);
                Volatile.Write(ref _young, new Generation(comparer));
            }
        }
    }

    private sealed class Generation(IEqualityComparer<TKey>? comparer) : ConcurrentDictionary<TKey, TValue>(comparer)
    {
        // ConcurrentDictionary.Count takes every lock; the adds are counted instead.
        public int Added;
    }
}
