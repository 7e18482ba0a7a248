using System.Text.Json;
using Microsoft.Extensions.Options;
using RoleBot.Protocol;
using RoleBot.State;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// Ephemeral answers waiting to be shared. A button value holds at most 2000 characters, far less than an answer's
/// blocks, so the button carries an id and the answer waits here, bounded in count and kept only as long as the
/// response_url it would be posted to stays valid. One click shares it once. With shared state the answers live in
/// the database instead, so the click may reach any instance.
/// </summary>
public sealed class SlackShareCache(IOptions<SlackOptions> options, TimeProvider time, ISharedKeys? shared = null)
{
    private const string SharedScope = "slack-share";

    public async Task<string> AddAsync(SlackOutboundMessage message, CancellationToken cancellationToken)
    {
        if (shared is null)
        {
            return Add(message);
        }

        var id = Guid.NewGuid().ToString("N");
        await shared.PutAsync(SharedScope, id, JsonSerializer.SerializeToUtf8Bytes(message, ActivityJson.Options), options.Value.ShareWindow, cancellationToken);
        return id;
    }

    public async Task<SlackOutboundMessage?> TakeAsync(string? id, CancellationToken cancellationToken)
    {
        if (shared is null || id is null)
        {
            return Take(id);
        }

        return await shared.TakeAsync(SharedScope, id, cancellationToken) is { } json
            ? JsonSerializer.Deserialize<SlackOutboundMessage>(json, ActivityJson.Options)
            : null;
    }

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (SlackOutboundMessage Message, DateTimeOffset Added)> _entries = new(StringComparer.Ordinal);
    private readonly Queue<string> _byAge = new();

    public string Add(SlackOutboundMessage message)
    {
        var id = Guid.NewGuid().ToString("N");
        var now = time.GetUtcNow();
        lock (_gate)
        {
            Prune(now);
            _entries[id] = (message, now);
            _byAge.Enqueue(id);
        }

        return id;
    }

    public SlackOutboundMessage? Take(string? id)
    {
        if (id is null)
        {
            return null;
        }

        lock (_gate)
        {
            Prune(time.GetUtcNow());
            return _entries.Remove(id, out var entry) ? entry.Message : null;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        var settings = options.Value;
        while (_byAge.TryPeek(out var oldest))
        {
            var present = _entries.TryGetValue(oldest, out var entry);
            if (present && now - entry.Added < settings.ShareWindow && _entries.Count < settings.ShareCapacity)
            {
                return;
            }

            _byAge.Dequeue();
            if (present)
            {
                _entries.Remove(oldest);
            }
        }
    }
}
