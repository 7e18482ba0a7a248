using RoleBot.State;

namespace RoleBot.Protocol.Queue;

/// <summary>
/// Acknowledged turns kept durably until answered (registered only with Provider=Postgres; with Memory an
/// acknowledged turn lives only in the process's queue). Each turn is leased to the instance running it; a turn
/// whose instance stopped renewing its lease is claimed by another and answered there.
/// </summary>
public interface ITurnJournal
{
    /// <summary>How often <see cref="MaintainAsync"/> should run: well within one lease.</summary>
    TimeSpan MaintenanceInterval { get; }

    /// <summary>Stores the turn, leased to this instance, before it is acknowledged; throws when it cannot.</summary>
    Task<long> RecordAsync(string conversationKey, string payload, CancellationToken cancellationToken);

    /// <summary>
    /// The turn ran: its new state (null: none to save) and its replies, not yet sent, are committed together, and
    /// the lease renewed. Throws <see cref="JournalLeaseLostException"/>, committing nothing, when another instance
    /// took the turn over meanwhile (this one stalled past its lease).
    /// </summary>
    Task AnsweredAsync(long id, string stateKey, ConversationData? state, string replies, CancellationToken cancellationToken);

    /// <summary>The turn was answered: it leaves the journal (now, or at the next maintenance if the database is away).</summary>
    Task CompleteAsync(long id, CancellationToken cancellationToken);

    /// <summary>This instance stops renewing the turn, so once its lease lapses any instance may run it again.</summary>
    void Release(long id);

    /// <summary>Renews this instance's leases, finishes pending completions and claims turns whose lease lapsed, oldest first.</summary>
    Task<IReadOnlyList<JournaledTurn>> MaintainAsync(CancellationToken cancellationToken);
}

/// <summary>
/// A turn claimed from the journal: its id, the payload <see cref="ITurnJournal.RecordAsync"/> stored and, once it
/// ran, the replies <see cref="ITurnJournal.AnsweredAsync"/> stored (then they only need sending).
/// </summary>
public sealed record JournaledTurn(long Id, string Payload, string? Replies = null);
