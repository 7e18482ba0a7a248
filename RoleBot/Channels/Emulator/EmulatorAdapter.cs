using RoleBot.Cards.Rendering;
using RoleBot.Protocol;
using RoleBot.Protocol.Mentions;

namespace RoleBot.Channels.Emulator;

/// <summary>
/// The Bot Framework Emulator and the Agents Playground in its emulator flavour, and the fallback for any channel
/// no other adapter claims: Adaptive Cards with Action.Submit, which every Bot Framework client renders.
/// </summary>
public sealed class EmulatorAdapter(CardReplies cards) : IChannelAdapter
{
    public IReadOnlyCollection<string> ChannelIds { get; } = [Protocol.ChannelIds.Emulator];

    public InboundMessage? Read(Activity message) => new(MentionStripper.Strip(message), message.Value);

    public void Shape(Activity reply) => cards.Attach(reply);
}
