namespace RoleBot.Protocol.Queue;

/// <summary>
/// A journaled turn's lease passed to another instance while this one ran it (a stall longer than the lease): the
/// other instance answers it, so this one commits nothing and sends nothing.
/// </summary>
public sealed class JournalLeaseLostException(long id)
    : Exception($"Journaled turn {id} was taken over by another instance before it was answered here.")
{
    public long Id { get; } = id;
}
