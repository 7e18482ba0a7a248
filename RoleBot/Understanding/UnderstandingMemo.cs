using System.Collections.Concurrent;

namespace RoleBot.Understanding;

/// <summary>
/// What each of the last few thousand distinct messages was understood as, per model. People ask the same
/// questions again ("who is higher, GM or VP?", a "Did you mean" topic they tap), and understanding is a pure
/// function of the model and the text, so a message seen before is not read again. Two generations bound it: when
/// the young one is full it becomes the old one and the previous old one is dropped, so at most twice
/// <c>capacity</c> results are held and a message asked in either generation stays.
/// </summary>
public sealed class UnderstandingMemo(int capacity, int maxLength)
{
    private readonly Lock _gate = new();
    private Generation _young = new();
    private Generation _old = new();

    public int Count => Volatile.Read(ref _young).Count + Volatile.Read(ref _old).Count;

    /// <summary>The result remembered for <paramref name="text"/> under model <paramref name="model"/>, or
    /// <paramref name="understand"/>'s, remembered unless the text is too long to be worth keeping.</summary>
    public UnderstandingResult Recall<TState>(long model, string? text, TState state, Func<TState, string?, UnderstandingResult> understand)
    {
        if (capacity <= 0 || text is null || text.Length > maxLength)
        {
            return understand(state, text);
        }

        var key = new Key(model, text);
        var young = Volatile.Read(ref _young);
        if (young.TryGetValue(key, out var result))
        {
            return result;
        }

        if (!Volatile.Read(ref _old).TryGetValue(key, out result))
        {
            result = understand(state, text);
        }

        Remember(young, key, result);
        return result;
    }

    private void Remember(Generation young, Key key, UnderstandingResult result)
    {
        if (!young.TryAdd(key, result) || Interlocked.Increment(ref young.Added) < capacity)
        {
            return;
        }

        lock (_gate)
        {
            if (ReferenceEquals(_young, young))
            {
                Volatile.Write(ref _old, young);
                Volatile.Write(ref _young, new Generation());
            }
        }
    }

    // The model's id, not the model: an entry must not keep a replaced model (and its knowledge base) alive.
    private readonly record struct Key(long Model, string Text);

    private sealed class Generation : ConcurrentDictionary<Key, UnderstandingResult>
    {
        // ConcurrentDictionary.Count takes every lock; the adds are counted instead.
        public int Added;
    }
}
