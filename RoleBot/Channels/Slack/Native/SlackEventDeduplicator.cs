using Microsoft.Extensions.Options;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// Event ids seen recently. Slack re-delivers an event it thinks failed (X-Slack-Retry-Num 1..3, the first one
/// possibly while our first answer is still running), so a known id is acknowledged and dropped. Bounded in count
/// and time; an id is forgotten again when its first delivery could not be queued, so the retry is processed.
/// </summary>
public sealed class SlackEventDeduplicator(IOptions<SlackOptions> options, TimeProvider time)
{
    private readonly SlackRecentKeys _seen = new(time, () => options.Value.DeduplicationWindow, () => options.Value.DeduplicationCapacity);

    /// <summary>True the first time an id is seen within the window (and always for events without an id).</summary>
    public bool TryBegin(string? eventId) => string.IsNullOrEmpty(eventId) || _seen.TryAdd(eventId);

    public void Forget(string? eventId)
    {
        if (!string.IsNullOrEmpty(eventId))
        {
            _seen.Remove(eventId);
        }
    }
}
