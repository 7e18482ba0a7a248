using RoleBot.Caching;

namespace RoleBot.Understanding;

/// <summary>
/// What each of the last few thousand distinct messages was understood as, per model. People ask the same
/// questions again ("who is higher, GM or VP?", a "Did you mean" topic they tap), and understanding is a pure
/// function of the model and the text, so a message seen before is not read again. Messages longer than
/// <c>maxLength</c> are read every time: they are rarely repeated and costly to keep.
/// </summary>
public sealed class UnderstandingMemo(int capacity, int maxLength)
{
    private readonly GenerationalMemo<Key, UnderstandingResult> _memo = new(capacity);

    public int Count => _memo.Count;

    /// <summary>The result remembered for <paramref name="text"/> under model <paramref name="model"/>, or
    /// <paramref name="understand"/>'s, remembered unless the text is too long to be worth keeping.</summary>
    public UnderstandingResult Recall<TState>(long model, string? text, TState state, Func<TState, string?, UnderstandingResult> understand) =>
        !_memo.Enabled || text is null || text.Length > maxLength
            ? understand(state, text)
            : _memo.Recall(new Key(model, text), (state, understand), static (s, key) => s.understand(s.state, key.Text));

    // The model's id, not the model: an entry must not keep a replaced model (and its knowledge base) alive.
    private readonly record struct Key(long Model, string Text);
}
