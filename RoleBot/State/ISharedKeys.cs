namespace RoleBot.State;

/// <summary>
/// Short-lived keys every instance sees (registered only with Provider=Postgres; with Memory the process's own
/// records are the whole truth). Callers keep their in-process record as a fast first check and ask this one
/// when the process has not seen the key. Failures throw <see cref="ConversationStateUnavailableException"/>.
/// </summary>
public interface ISharedKeys
{
    /// <summary>True for exactly one caller across all instances while the key lives.</summary>
    Task<bool> TryAddAsync(string scope, string key, TimeSpan lifetime, CancellationToken cancellationToken);

    Task RemoveAsync(string scope, string key, CancellationToken cancellationToken);

    /// <summary>Stores a value that one <see cref="TakeAsync"/> may later have, once.</summary>
    Task PutAsync(string scope, string key, byte[] value, TimeSpan lifetime, CancellationToken cancellationToken);

    /// <summary>The value, removed in the same step; null when absent, expired or already taken.</summary>
    Task<byte[]?> TakeAsync(string scope, string key, CancellationToken cancellationToken);
}
