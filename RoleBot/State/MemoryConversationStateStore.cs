using System.Text.Json;
using Microsoft.Extensions.Options;
using RoleBot.Protocol;

namespace RoleBot.State;

/// <summary>
/// Bounded, expiring in-memory state. Entries are kept as serialized JSON, so every load hands out a fresh
/// copy and concurrent turns never share mutable objects.
/// </summary>
public sealed class MemoryConversationStateStore(IOptions<ConversationStateOptions> options, TimeProvider time) : IConversationStateStore
{
    private readonly ConversationStateOptions _options = options.Value;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _byUse = new(); // least recently used first

    public Task<ConversationData> LoadAsync(string key, CancellationToken cancellationToken)
    {
        byte[]? json = null;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            RemoveExpired(now);
            if (_entries.TryGetValue(key, out var node))
            {
                Touch(node, now);
                json = node.Value.Json;
            }
        }

        var data = json is null ? new ConversationData() : JsonSerializer.Deserialize<ConversationData>(json, ActivityJson.Options)!;
        return Task.FromResult(data);
    }

    public Task SaveAsync(string key, ConversationData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var json = JsonSerializer.SerializeToUtf8Bytes(data, ActivityJson.Options);
        lock (_gate)
        {
            var now = time.GetUtcNow();
            RemoveExpired(now);
            if (_entries.TryGetValue(key, out var node))
            {
                node.Value.Json = json;
                Touch(node, now);
            }
            else
            {
                while (_entries.Count >= _options.MaxConversations && _byUse.First is { } leastRecent)
                {
                    Remove(leastRecent);
                }

                _entries[key] = _byUse.AddLast(new Entry(key, json, now));
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                Remove(node);
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
                return _entries.Count;
            }
        }
    }

    private void Touch(LinkedListNode<Entry> node, DateTimeOffset now)
    {
        node.Value.LastUsed = now;
        _byUse.Remove(node);
        _byUse.AddLast(node);
    }

    // Least recently used is also the longest idle, so expired entries are always at the front.
    private void RemoveExpired(DateTimeOffset now)
    {
        while (_byUse.First is { } oldest && now - oldest.Value.LastUsed >= _options.IdleExpiry)
        {
            Remove(oldest);
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _byUse.Remove(node);
        _entries.Remove(node.Value.Key);
    }

    private sealed class Entry(string key, byte[] json, DateTimeOffset lastUsed)
    {
        public string Key { get; } = key;
        public byte[] Json { get; set; } = json;
        public DateTimeOffset LastUsed { get; set; } = lastUsed;
    }
}
