using Microsoft.Extensions.Options;

namespace RoleBot.Channels.WebChat.DirectLine.Streams;

/// <summary>
/// The streams open on this instance, by conversation, and the one way to wake them: <see cref="Wake"/> when a
/// conversation has new activities (the in-memory store calls it as it appends; with Provider=Postgres the
/// LISTEN connection does, for appends on any instance), <see cref="WakeAll"/> when notifications may have been
/// missed. Bounded per conversation and per instance.
/// </summary>
public sealed class DirectLineStreamHub(IOptions<DirectLineOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<StreamSubscription>> _open = new(StringComparer.Ordinal);
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>A subscription, or null when the instance already holds <see cref="DirectLineOptions.MaxStreams"/>.</summary>
    public StreamSubscription? TryOpen(string conversationId)
    {
        StreamSubscription? superseded = null;
        StreamSubscription subscription;
        lock (_gate)
        {
            if (!_open.TryGetValue(conversationId, out var streams))
            {
                if (_count >= options.Value.MaxStreams)
                {
                    return null;
                }

                streams = [];
                _open[conversationId] = streams;
            }
            else if (streams.Count >= options.Value.MaxStreamsPerConversation)
            {
                // The oldest is most likely a socket whose client has gone without a close: a reconnect wins.
                superseded = streams[0];
                streams.RemoveAt(0);
                _count--;
            }
            else if (_count >= options.Value.MaxStreams)
            {
                return null;
            }

            subscription = new StreamSubscription(conversationId, Release);
            streams.Add(subscription);
            _count++;
        }

        superseded?.Supersede();
        return subscription;
    }

    public void Wake(string conversationId)
    {
        StreamSubscription[] streams;
        lock (_gate)
        {
            if (!_open.TryGetValue(conversationId, out var open))
            {
                return;
            }

            streams = [.. open];
        }

        foreach (var stream in streams)
        {
            stream.Wake();
        }
    }

    public void WakeAll()
    {
        StreamSubscription[] streams;
        lock (_gate)
        {
            streams = [.. _open.Values.SelectMany(s => s)];
        }

        foreach (var stream in streams)
        {
            stream.Wake();
        }
    }

    private void Release(StreamSubscription subscription)
    {
        lock (_gate)
        {
            if (_open.TryGetValue(subscription.ConversationId, out var streams) && streams.Remove(subscription))
            {
                _count--;
                if (streams.Count == 0)
                {
                    _open.Remove(subscription.ConversationId);
                }
            }
        }
    }
}
