using System.Text.Json;
using RoleBot.Protocol;

namespace RoleBot.Channels.WebChat.DirectLine.Conversations;

/// <summary>
/// The last activities of a conversation as JSON snapshots, numbered by a sequence that never restarts, so a
/// watermark keeps meaning the same thing after old activities drop off. Bounded in count and in bytes: a client may
/// post bodies up to the protocol's limit, and the count alone would let each conversation hold a hundred of them.
/// The newest activity is always kept, so a poll right after a large post still sees its echo.
/// </summary>
public sealed class ActivityHistory(string conversationId, int capacity, long maxBytes)
{
    private readonly Lock _gate = new();
    private readonly Queue<(long Sequence, JsonElement Json, int Bytes)> _items = new();
    private long _latest;
    private long _bytes;

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

    /// <summary>Bytes of JSON currently kept.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    /// <summary>Assigns id and timestamp, then stores a snapshot: later changes to the object are not visible to pollers.</summary>
    public string Append(Activity activity, DateTimeOffset now)
    {
        lock (_gate)
        {
            var sequence = _latest + 1;
            activity.Id = ActivityIds.For(conversationId, sequence);
            activity.Timestamp = now;
            var utf8 = JsonSerializer.SerializeToUtf8Bytes(activity, ActivityJson.Options);
            var reader = new Utf8JsonReader(utf8);
            var json = JsonElement.ParseValue(ref reader);
            _latest = sequence;
            _items.Enqueue((sequence, json, utf8.Length));
            _bytes += utf8.Length;
            while (_items.Count > capacity || (_bytes > maxBytes && _items.Count > 1))
            {
                _bytes -= _items.Dequeue().Bytes;
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

    /// <summary>The latest post of <paramref name="userId"/> with this clientActivityID still kept, and whether a reply to it is.</summary>
    public DirectLinePost? FindPost(string userId, string clientActivityId)
    {
        lock (_gate)
        {
            var post = _items.LastOrDefault(i => DirectLinePost.IsPost(i.Json, userId, clientActivityId)).Json;
            return post.StringOrNull("id") is { } postId ? new DirectLinePost(postId, HasReplyToUnlocked(postId)) : null;
        }
    }

    /// <summary>The stored activity with this id, if still kept.</summary>
    public JsonElement? Find(string activityId)
    {
        lock (_gate)
        {
            foreach (var item in _items)
            {
                if (item.Json.HasString("id", activityId))
                {
                    return item.Json;
                }
            }

            return null;
        }
    }

    /// <summary>True when a stored activity replies to <paramref name="activityId"/>.</summary>
    public bool HasReplyTo(string activityId)
    {
        lock (_gate)
        {
            return HasReplyToUnlocked(activityId);
        }
    }

    private bool HasReplyToUnlocked(string activityId) => _items.Any(i => DirectLinePost.Answers(i.Json, activityId));
}
