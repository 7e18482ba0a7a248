namespace RoleBot.Protocol.Turns;

/// <summary>
/// The one moment a turn with a deadline decides between committing and giving up. The turn claims it right
/// before it first writes state (the end-of-turn save, or the error handler forgetting the conversation); the
/// endpoint claims it when the deadline passes. Whoever comes first wins: a turn given up on never writes state,
/// so its client can simply retry; a turn that began writing is waited for (the store bounds its own calls) and
/// answered normally. Either way the state is the old one or the turn's new one, never a mix.
/// </summary>
public sealed class TurnCommitPoint
{
    private const int Open = 0;
    private const int Writing = 1;
    private const int Abandoned = 2;

    private int _state;

    public bool IsAbandoned => Volatile.Read(ref _state) == Abandoned;

    /// <summary>True if the turn may write; a turn that already began writing may go on (e.g. forget after a failed save).</summary>
    public bool TryBeginWrite() => Interlocked.CompareExchange(ref _state, Writing, Open) != Abandoned;

    /// <summary>True if the turn had not begun writing and now never will.</summary>
    public bool TryAbandon() => Interlocked.CompareExchange(ref _state, Abandoned, Open) == Open;
}
