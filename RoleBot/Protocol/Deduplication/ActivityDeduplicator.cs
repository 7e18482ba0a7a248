using Microsoft.Extensions.Options;
using RoleBot.Protocol.Http;
using RoleBot.State;

namespace RoleBot.Protocol.Deduplication;

/// <summary>
/// Remembers (channelId, conversation id, activity id) for a limited time and count, because Teams and Direct
/// Line re-send an activity when the bot answers slowly. A repeat of an inline turn gets the first answer
/// (awaited if the first is still running) while the replay budget lasts; beyond it, an empty answer. With shared
/// state the id is also claimed in <see cref="ISharedKeys"/>, so a re-send that reaches another instance is a
/// repeat there too (answered empty: the first answer lives on the first instance).
/// </summary>
public sealed class ActivityDeduplicator(IOptions<ProtocolOptions> options, TimeProvider time, ISharedKeys? shared = null)
{
    private const string SharedScope = "activity";

    private readonly ProtocolOptions _options = options.Value;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _byAge = new();
    private long _replayBytes;

    /// <summary>Registers the activity; <see cref="DeduplicationTicket.IsRepeat"/> says it was seen within the window.</summary>
    public DeduplicationTicket Begin(Activity activity)
    {
        var key = KeyOf(activity);
        if (key is null)
        {
            return new DeduplicationTicket(null, false);
        }

        var now = time.GetUtcNow();
        lock (_gate)
        {
            Prune(now);
            if (_entries.TryGetValue(key, out var existing))
            {
                return new DeduplicationTicket(existing.Value, true);
            }

            var entry = new Entry(key, now);
            _entries[key] = _byAge.AddLast(entry);
            return new DeduplicationTicket(entry, false);
        }
    }

    /// <summary>
    /// <see cref="Begin"/>, then the claim across instances. Throws <see cref="ConversationStateUnavailableException"/>
    /// (having forgotten the arrival) when the shared record cannot be reached, so the caller answers 503.
    /// </summary>
    public async Task<DeduplicationTicket> BeginAsync(Activity activity, CancellationToken cancellationToken)
    {
        var ticket = Begin(activity);
        if (shared is null || ticket.IsRepeat || ticket.Entry is not { } entry)
        {
            return ticket;
        }

        bool first;
        try
        {
            first = await shared.TryAddAsync(SharedScope, entry.Key, _options.DeduplicationWindow, cancellationToken);
        }
        catch
        {
            Abandon(ticket);
            throw;
        }

        if (first)
        {
            return ticket;
        }

        // Kept here as "seen", with nothing to replay: the first answer belongs to the instance that ran it.
        Complete(ticket, null);
        return new DeduplicationTicket(null, true);
    }

    /// <summary><see cref="Abandon"/> here and across instances; a failure to forget the shared claim is only logged by the caller.</summary>
    public async Task AbandonAsync(DeduplicationTicket ticket, CancellationToken cancellationToken)
    {
        Abandon(ticket);
        if (shared is not null && ticket.Entry is { } entry)
        {
            await shared.RemoveAsync(SharedScope, entry.Key, cancellationToken);
        }
    }

    /// <summary>The first attempt finished; background turns complete with null (nothing to replay).</summary>
    public void Complete(DeduplicationTicket ticket, InlineResponse? response)
    {
        if (ticket.Entry is not { } entry)
        {
            return;
        }

        lock (_gate)
        {
            var size = response?.JsonBody?.LongLength ?? 0;
            var tracked = _entries.TryGetValue(entry.Key, out var node) && node.Value == entry;
            if (response is not null && tracked && _replayBytes + size <= _options.ReplayBudgetBytes)
            {
                entry.Bytes = size;
                _replayBytes += size;
            }
            else
            {
                response = null;
            }
        }

        entry.Response.TrySetResult(response);
    }

    /// <summary>The first attempt was not accepted (e.g. 503), so a retry must be processed.</summary>
    public void Abandon(DeduplicationTicket ticket)
    {
        if (ticket.Entry is not { } entry)
        {
            return;
        }

        lock (_gate)
        {
            if (_entries.TryGetValue(entry.Key, out var node) && node.Value == entry)
            {
                Remove(node);
            }
        }

        entry.Response.TrySetResult(null);
    }

    /// <summary>The first attempt's inline answer, or null when none was kept.</summary>
    public Task<InlineResponse?> FirstResponseAsync(DeduplicationTicket ticket, CancellationToken cancellationToken) =>
        ticket.Entry is { } entry ? entry.Response.Task.WaitAsync(cancellationToken) : Task.FromResult<InlineResponse?>(null);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    private void Prune(DateTimeOffset now)
    {
        while (_byAge.First is { } oldest
               && (now - oldest.Value.SeenAt >= _options.DeduplicationWindow || _entries.Count >= _options.DeduplicationCapacity))
        {
            Remove(oldest);
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _byAge.Remove(node);
        _entries.Remove(node.Value.Key);
        _replayBytes -= node.Value.Bytes;
    }

    private static string? KeyOf(Activity activity) =>
        string.IsNullOrEmpty(activity.Id) || string.IsNullOrEmpty(activity.Conversation?.Id)
            ? null
            : $"{activity.ChannelId}\n{activity.Conversation.Id}\n{activity.Id}";

    public sealed class Entry(string key, DateTimeOffset seenAt)
    {
        public string Key { get; } = key;
        public DateTimeOffset SeenAt { get; } = seenAt;
        public long Bytes { get; set; }
        public TaskCompletionSource<InlineResponse?> Response { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
