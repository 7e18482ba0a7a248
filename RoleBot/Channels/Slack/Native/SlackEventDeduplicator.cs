using Microsoft.Extensions.Options;
using RoleBot.State;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// Event ids seen recently. Slack re-delivers an event it thinks failed (X-Slack-Retry-Num 1..3, the first one
/// possibly while our first answer is still running), so a known id is acknowledged and dropped. Bounded in count
/// and time; an id is forgotten again when its first delivery could not be queued, so the retry is processed.
/// With shared state the id is claimed across instances too, since a retry may reach another instance.
/// </summary>
public sealed class SlackEventDeduplicator(IOptions<SlackOptions> options, TimeProvider time, ISharedKeys? shared = null)
{
    private const string SharedScope = "slack-event";
    private readonly SlackRecentKeys _seen = new(time, () => options.Value.DeduplicationWindow, () => options.Value.DeduplicationCapacity);

    /// <summary>True the first time an id is seen within the window (and always for events without an id).</summary>
    public bool TryBegin(string? eventId) => string.IsNullOrEmpty(eventId) || _seen.TryAdd(eventId);

    /// <summary><see cref="TryBegin"/> on this instance, then across instances; throws when shared state is unavailable.</summary>
    public Task<bool> TryBeginAsync(string? eventId, CancellationToken cancellationToken) =>
        SlackSharedClaim.TryBeginAsync(_seen, shared, SharedScope, eventId, options.Value.DeduplicationWindow, cancellationToken);

    public void Forget(string? eventId)
    {
        if (!string.IsNullOrEmpty(eventId))
        {
            _seen.Remove(eventId);
        }
    }

    /// <summary><see cref="Forget"/> here and across instances (best effort: the database may be what failed).</summary>
    public Task ForgetAsync(string? eventId) => SlackSharedClaim.ForgetAsync(_seen, shared, SharedScope, eventId);
}
