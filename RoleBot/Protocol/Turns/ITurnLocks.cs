namespace RoleBot.Protocol.Turns;

/// <summary>
/// Serialises the turns of one conversation, from before its state is loaded until after it is saved, so no turn
/// reads state another is about to overwrite. In process by default (<see cref="ConversationLocks"/>); with shared
/// state, across every instance.
/// </summary>
public interface ITurnLocks
{
    /// <summary>Null when the conversation stayed busy for <paramref name="timeout"/> (<see cref="Timeout.InfiniteTimeSpan"/>: no limit).</summary>
    Task<IAsyncDisposable?> TryEnterAsync(string key, TimeSpan timeout, CancellationToken cancellationToken);
}
