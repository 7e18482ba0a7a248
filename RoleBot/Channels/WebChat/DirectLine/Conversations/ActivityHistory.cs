using System.Text.Json;
using RoleBot.Protocol;

namespace RoleBot.Channels.WebChat.DirectLine.Conversations;

/// <summary>
/// The last N activities of a conversation as JSON snapshots, numbered by a sequence that never restarts, so a
/// watermark keeps meaning the same thing after old activities drop off.
/// </summary>
public sealed class ActivityHistory(string conversationId, int capacity)
{
    private readonly Lock _gate = new();
    private readonly Queue<(long Sequence, JsonElement Json)> _items = new();
    private long _latest;

    public long Latest
    {
        get
        {
            lock (_gate)
            {
                return _latest;
            }
        }
    }

    /// <summary>Assigns id and timestamp, then stores a snapshot: later changes to the object are not visible to pollers.</summary>
    public string Append(Activity activity, DateTimeOffset now)
    {
        lock (_gate)
        {
            var sequence = ++_latest;
            activity.Id = ActivityIds.For(conversationId, sequence);
            activity.Timestamp = now;
            _items.Enqueue((sequence, JsonSerializer.SerializeToElement(activity, ActivityJson.Options)));
            while (_items.Count > capacity)
            {
                _items.Dequeue();
            }

            return activity.Id;
        }
    }

    /// <summary>Everything after <paramref name="watermark"/> that is still kept, and the watermark to come back with.</summary>
    public (IReadOnlyList<JsonElement> Activities, long Watermark) Since(long watermark)
    {
        lock (_gate)
        {
            return ([.. _items.Where(i => i.Sequence > watermark).Select(i => i.Json)], _latest);
        }
    }
}
