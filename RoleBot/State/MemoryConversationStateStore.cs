using System.Text.Json;
using Microsoft.Extensions.Options;
using RoleBot.Protocol;

namespace RoleBot.State;

/// <summary>
/// Bounded, expiring in-memory state. Entries are kept as serialized JSON, so every load hands out a fresh
/// copy and concurrent turns never share mutable objects.
/// </summary>
/// <remarks>
/// Conversations are slots of one array, indexed by their key's <see cref="KeyDigest"/> and chained in order of use
/// by slot numbers: of the up to 10,000 conversations held, each is one object (its JSON), not the five (key, entry,
/// list node, JSON, dictionary entry) whose copying from generation to generation made the collector's pauses long
/// while new conversations kept arriving.
/// </remarks>
public sealed class MemoryConversationStateStore(IOptions<ConversationStateOptions> options, TimeProvider time) : IConversationStateStore
{
    private const int None = -1;
    private const int FirstSize = 256;

    private readonly ConversationStateOptions _options = options.Value;
    private readonly Lock _gate = new();
    private readonly Dictionary<UInt128, int> _index = [];
    private Slot[] _slots = [];
    private int _used;
    private int _free = None;
    private int _leastRecent = None;
    private int _mostRecent = None;

    public Task<ConversationData> LoadAsync(string key, CancellationToken cancellationToken)
    {
        var digest = KeyDigest.Of(key);
        byte[]? json = null;
        lock (_gate)
        {
            var now = time.GetUtcNow().UtcTicks;
            RemoveExpired(now);
            if (_index.TryGetValue(digest, out var slot))
            {
                Touch(slot, now);
                json = _slots[slot].Json;
            }
        }

        var data = json is null ? new ConversationData() : JsonSerializer.Deserialize<ConversationData>(json, ActivityJson.Options)!;
        return Task.FromResult(data);
    }

    public Task SaveAsync(string key, ConversationData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var digest = KeyDigest.Of(key);
        var json = JsonSerializer.SerializeToUtf8Bytes(data, ActivityJson.Options);
        lock (_gate)
        {
            var now = time.GetUtcNow().UtcTicks;
            RemoveExpired(now);
            if (_index.TryGetValue(digest, out var slot))
            {
                _slots[slot].Json = json;
                Touch(slot, now);
            }
            else
            {
                while (_index.Count >= _options.MaxConversations && _leastRecent != None)
                {
                    Remove(_leastRecent);
                }

                slot = Take();
                _slots[slot] = new Slot { Digest = digest, Json = json, LastUsed = now };
                Append(slot);
                _index[digest] = slot;
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var digest = KeyDigest.Of(key);
        lock (_gate)
        {
            if (_index.TryGetValue(digest, out var slot))
            {
                Remove(slot);
            }
        }

        return Task.CompletedTask;
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

    private void Touch(int slot, long now)
    {
        _slots[slot].LastUsed = now;
        Unlink(slot);
        Append(slot);
    }

    // Least recently used is also the longest idle, so expired entries are always at the front.
    private void RemoveExpired(long now)
    {
        var expiry = _options.IdleExpiry.Ticks;
        while (_leastRecent != None && now - _slots[_leastRecent].LastUsed >= expiry)
        {
            Remove(_leastRecent);
        }
    }

    private void Remove(int slot)
    {
        Unlink(slot);
        _index.Remove(_slots[slot].Digest);
        _slots[slot] = new Slot { Older = None, Newer = _free };
        _free = slot;
    }

    // A freed slot first; otherwise the next unused one, the array doubling (up to the bound) when all are used.
    private int Take()
    {
        if (_free != None)
        {
            var slot = _free;
            _free = _slots[slot].Newer;
            return slot;
        }

        if (_used == _slots.Length)
        {
            Array.Resize(ref _slots, Math.Max(FirstSize, Math.Min(Math.Max(1, _options.MaxConversations), _slots.Length * 2)));
        }

        return _used++;
    }

    private void Append(int slot)
    {
        _slots[slot].Older = _mostRecent;
        _slots[slot].Newer = None;
        if (_mostRecent != None)
        {
            _slots[_mostRecent].Newer = slot;
        }

        _mostRecent = slot;
        if (_leastRecent == None)
        {
            _leastRecent = slot;
        }
    }

    private void Unlink(int slot)
    {
        var (older, newer) = (_slots[slot].Older, _slots[slot].Newer);
        if (older != None)
        {
            _slots[older].Newer = newer;
        }
        else
        {
            _leastRecent = newer;
        }

        if (newer != None)
        {
            _slots[newer].Older = older;
        }
        else
        {
            _mostRecent = older;
        }
    }

    private struct Slot
    {
        public UInt128 Digest;
        public byte[]? Json;
        public long LastUsed;

        // Neighbours in order of use (None at the ends); a free slot's Newer is the next free slot.
        public int Older;
        public int Newer;
    }
}
