using RoleBot.Cards.Rendering;
using RoleBot.Protocol;
using RoleBot.Protocol.Mentions;

namespace RoleBot.Channels.WebChat;

/// <summary>
/// Web Chat over Direct Line (RoleBot's own page and Azure's): Adaptive Cards with Action.Submit, since Web Chat
/// cannot send Action.Execute; mentions are removed as everywhere, though Web Chat rarely sends one.
/// </summary>
public sealed class WebChatAdapter(CardReplies cards) : IChannelAdapter
{
    public IReadOnlyCollection<string> ChannelIds { get; } = [Protocol.ChannelIds.DirectLine, Protocol.ChannelIds.WebChat];

    public InboundMessage? Read(Activity message) => new(MentionStripper.Strip(message), message.Value);

    public void Shape(Activity reply) => cards.Attach(reply);
}
