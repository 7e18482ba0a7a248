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
/// <remarks>
/// Arrivals are slots of a ring in arrival order, indexed by the id's <see cref="KeyDigest"/>: the thousands of ids remembered
/// are plain values, not objects. Objects the garbage collector has to copy from generation to generation, a
/// handful for each of the last 10,000 arrivals, were what made its pauses long under a steady stream of new
/// conversations. Only a waiting repeat (its task) and a kept answer are objects.
/// </remarks>
public sealed class ActivityDeduplicator(IOptions<ProtocolOptions> options, TimeProvider time, ISharedKeys? shared = null)
{
    private const string SharedScope = "activity";
    private const int FirstRingSize = 256;

    private readonly ProtocolOptions _options = options.Value;
    private readonly int _capacity = Math.Max(1, options.Value.DeduplicationCapacity);
    private readonly Lock _gate = new();
    private readonly Dictionary<UInt128, long> _index = [];
    private Slot[] _ring = [];
    private long _oldest;
    private long _next;
    private long _replayBytes;

    /// <summary>Registers the activity; <see cref="DeduplicationTicket.IsRepeat"/> says it was seen within the window.</summary>
    public DeduplicationTicket Begin(Activity activity)
    {
        var key = KeyOf(activity);
        if (key is null)
        {
            return new DeduplicationTicket(null, false);
        }

        var digest = KeyDigest.Of(key);
        var now = time.GetUtcNow().UtcTicks;
        lock (_gate)
        {
            Prune(now);
            if (_index.TryGetValue(digest, out var seen))
            {
                return new DeduplicationTicket(new Arrival(key, digest, seen), true);
            }

            var number = _next++;
            GrowIfFull();
            At(number) = new Slot { Digest = digest, SeenAt = now, Live = true };
            _index[digest] = number;
            return new DeduplicationTicket(new Arrival(key, digest, number), false);
        }
    }

    /// <summary>
    /// <see cref="Begin"/>, then the claim across instances. Throws <see cref="ConversationStateUnavailableException"/>
    /// (having forgotten the arrival) when the shared record cannot be reached, so the caller answers 503.
    /// </summary>
    public async Task<DeduplicationTicket> BeginAsync(Activity activity, CancellationToken cancellationToken)
    {
        var ticket = Begin(activity);
        if (shared is null || ticket.IsRepeat || ticket.Arrival is not { } arrival)
        {
            return ticket;
        }

        bool first;
        try
        {
            first = await shared.TryAddAsync(SharedScope, arrival.Key, _options.DeduplicationWindow, cancellationToken);
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
        if (shared is not null && ticket.Arrival is { } arrival)
        {
            await shared.RemoveAsync(SharedScope, arrival.Key, cancellationToken);
        }
    }

    /// <summary>The first attempt finished; background turns complete with null (nothing to replay).</summary>
    public void Complete(DeduplicationTicket ticket, InlineResponse? response)
    {
        if (ticket.Arrival is not { } arrival)
        {
            return;
        }

        lock (_gate)
        {
            if (!Tracks(arrival))
            {
                return;
            }

            ref var slot = ref At(arrival.Number);
            if (slot.Done)
            {
                return;
            }

            var size = response?.JsonBody?.LongLength ?? 0;
            var kept = response is not null && _replayBytes + size <= _options.ReplayBudgetBytes ? response : null;
            var waiter = slot.Value as TaskCompletionSource<InlineResponse?>;
            slot.Done = true;
            slot.Value = kept;
            slot.Bytes = kept is null ? 0 : size;
            _replayBytes += slot.Bytes;
            waiter?.TrySetResult(kept);
        }
    }

    /// <summary>The first attempt was not accepted (e.g. 503), so a retry must be processed.</summary>
    public void Abandon(DeduplicationTicket ticket)
    {
        if (ticket.Arrival is not { } arrival)
        {
            return;
        }

        lock (_gate)
        {
            if (Tracks(arrival))
            {
                Forget(ref At(arrival.Number));
            }
        }
    }

    /// <summary>The first attempt's inline answer, or null when none was kept.</summary>
    public Task<InlineResponse?> FirstResponseAsync(DeduplicationTicket ticket, CancellationToken cancellationToken)
    {
        if (ticket.Arrival is not { } arrival)
        {
            return Task.FromResult<InlineResponse?>(null);
        }

        lock (_gate)
        {
            if (!Tracks(arrival))
            {
                return Task.FromResult<InlineResponse?>(null);
            }

            ref var slot = ref At(arrival.Number);
            if (slot.Done)
            {
                return Task.FromResult(slot.Value as InlineResponse);
            }

            var waiter = slot.Value as TaskCompletionSource<InlineResponse?>
                ?? new TaskCompletionSource<InlineResponse?>(TaskCreationOptions.RunContinuationsAsynchronously);
            slot.Value = waiter;
            return waiter.Task.WaitAsync(cancellationToken);
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _index.Count;
            }
        }
    }

    private bool Tracks(Arrival arrival) => _index.TryGetValue(arrival.Digest, out var number) && number == arrival.Number;

    // Twice the capacity: an abandoned arrival leaves a hole until the oldest passes it, and holes must not push
    // out remembered ids (only a run of abandons as long as the capacity could).
    private int RingLimit => 2 * _capacity;

    private ref Slot At(long number) => ref _ring[number % _ring.Length];

    // The oldest arrivals leave first: past the window, or to make room for a new one within the capacity (and the ring).
    private void Prune(long now)
    {
        var window = _options.DeduplicationWindow.Ticks;
        while (_oldest < _next)
        {
            ref var oldest = ref At(_oldest);
            if (oldest.Live && now - oldest.SeenAt < window && _index.Count < _capacity && _next - _oldest < RingLimit)
            {
                return;
            }

            if (oldest.Live)
            {
                Forget(ref oldest);
            }

            _oldest++;
        }
    }

    // The ring starts small and doubles up to its limit, so a quiet bot does not hold room for 10,000 ids.
    private void GrowIfFull()
    {
        if (_next - _oldest <= _ring.Length)
        {
            return;
        }

        var grown = new Slot[Math.Min(RingLimit, Math.Max(FirstRingSize, _ring.Length * 2))];
        for (var number = _oldest; number < _next - 1; number++)
        {
            grown[number % grown.Length] = At(number);
        }

        _ring = grown;
    }

    // A repeat still waiting for a forgotten arrival gets the empty answer, as beyond the replay budget.
    private void Forget(ref Slot slot)
    {
        _index.Remove(slot.Digest);
        _replayBytes -= slot.Bytes;
        (slot.Value as TaskCompletionSource<InlineResponse?>)?.TrySetResult(null);
        slot = default;
    }

    private static string? KeyOf(Activity activity) =>
        string.IsNullOrEmpty(activity.Id) || string.IsNullOrEmpty(activity.Conversation?.Id)
            ? null
            : $"{activity.ChannelId}\n{activity.Conversation.Id}\n{activity.Id}";

    /// <summary>One arrival as a ticket names it: the key shared instances claim, its digest and its place in the ring.</summary>
    public readonly record struct Arrival(string Key, UInt128 Digest, long Number);

    private struct Slot
    {
        public UInt128 Digest;
        public long SeenAt;
        public bool Live;
        public bool Done;
        public long Bytes;

        // Running: the task source of a repeat waiting for the answer (none until one waits). Done: the kept answer.
        public object? Value;
    }
}
