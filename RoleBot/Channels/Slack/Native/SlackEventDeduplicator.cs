using Microsoft.Extensions.Options;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// Event ids seen recently. Slack re-delivers an event it thinks failed (X-Slack-Retry-Num 1..3, the first one
/// possibly while our first answer is still running), so a known id is acknowledged and dropped. Bounded in count
/// and time; an id is forgotten again when its first delivery could not be queued, so the retry is processed.
/// </summary>
public sealed class SlackEventDeduplicator(IOptions<SlackOptions> options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset At)> _byAge = new();

    /// <summary>True the first time an id is seen within the window (and always for events without an id).</summary>
    public bool TryBegin(string? eventId)
    {
        if (string.IsNullOrEmpty(eventId))
        {
            return true;
        }

        var now = time.GetUtcNow();
        lock (_gate)
        {
            Prune(now);
            if (!_seen.TryAdd(eventId, now))
            {
                return false;
            }

            _byAge.Enqueue((eventId, now));
            return true;
        }
    }

    public void Forget(string? eventId)
    {
        if (!string.IsNullOrEmpty(eventId))
        {
            lock (_gate)
            {
                _seen.Remove(eventId);
            }
        }
    }

    private void Prune(DateTimeOffset now)
    {
        var settings = options.Value;
        while (_byAge.TryPeek(out var oldest)
               && (now - oldest.At >= settings.DeduplicationWindow || _seen.Count >= settings.DeduplicationCapacity))
        {
            _byAge.Dequeue();
            // Only if it is still this arrival: a forgotten id may have been seen again since.
            if (_seen.TryGetValue(oldest.Id, out var at) && at == oldest.At)
            {
                _seen.Remove(oldest.Id);
            }
        }
    }
}
