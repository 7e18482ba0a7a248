using RoleBot.State;

namespace RoleBot.Protocol.Turns;

/// <summary>
/// For a turn that must be answered exactly once even if its instance dies mid-turn (a journaled turn): its replies
/// are held back until they and its new state are committed together, and only then delivered. Dying before the
/// commit leaves nothing sent and nothing saved, so the turn can simply run again; dying after it leaves replies
/// that whoever takes the turn over delivers without running the bot again.
/// </summary>
public interface ITurnOutbox
{
    /// <summary>Stores <paramref name="state"/> (null: the turn left none to save) and the replies in one commit.</summary>
    Task CommitAsync(string stateKey, ConversationData? state, IReadOnlyList<Activity> replies, CancellationToken cancellationToken);

    /// <summary>Sends the committed replies; called while the conversation is still held, so turns answer in order.</summary>
    Task DeliverAsync(IReadOnlyList<Activity> replies, CancellationToken cancellationToken);
}
