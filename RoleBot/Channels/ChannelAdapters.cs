using RoleBot.Protocol;
using RoleBot.Protocol.Turns;

namespace RoleBot.Channels;

/// <summary>
/// Picks the adapter for a channelId; a channel nobody claims (a new Azure channel, a test client) is treated like
/// the Emulator: Adaptive Cards with Action.Submit and plain text, which every Bot Framework client shows.
/// </summary>
public sealed class ChannelAdapters : IReplyShaper
{
    private readonly Dictionary<string, IChannelAdapter> _byChannel = new(StringComparer.OrdinalIgnoreCase);
    private readonly IChannelAdapter _fallback;

    public ChannelAdapters(IEnumerable<IChannelAdapter> adapters)
    {
        foreach (var adapter in adapters)
        {
            foreach (var channelId in adapter.ChannelIds)
            {
                // Two adapters claiming one channel would make its format depend on registration order.
                if (!_byChannel.TryAdd(channelId, adapter))
                {
                    throw new InvalidOperationException($"Two channel adapters claim channel '{channelId}'.");
                }
            }
        }

        _fallback = _byChannel.GetValueOrDefault(ChannelIds.Emulator)
            ?? throw new InvalidOperationException($"No channel adapter claims '{ChannelIds.Emulator}', the fallback for unknown channels.");
    }

    public IChannelAdapter For(string? channelId) =>
        channelId is not null && _byChannel.TryGetValue(channelId, out var adapter) ? adapter : _fallback;

    public void Shape(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        For(reply.ChannelId).Shape(reply);
    }
}
