namespace RoleBot.Protocol.Queue;

/// <summary>
/// A channel that journals its own kind of acknowledged work (native Slack) besides /api/messages turns. When a
/// lapsed entry is claimed, each resumer is asked first; an entry none of them recognises is a queued turn.
/// </summary>
public interface IJournalResumer
{
    /// <summary>Null when <paramref name="claimed"/> is not this resumer's kind; otherwise whether it was queued here.</summary>
    JournalResumption? TryResume(JournaledTurn claimed);
}

/// <summary>What a resumer did with a claimed entry: <paramref name="Queued"/> or not (queue full), and for which conversation (a log tag).</summary>
public sealed record JournalResumption(bool Queued, string Conversation);
