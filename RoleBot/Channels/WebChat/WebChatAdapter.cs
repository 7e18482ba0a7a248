using Microsoft.Extensions.Options;
using RoleBot.Cards.Rendering;
using RoleBot.Channels.WebChat.Page;
using RoleBot.Organisations;
using RoleBot.Protocol;
using RoleBot.Protocol.Mentions;

namespace RoleBot.Channels.WebChat;

/// <summary>
/// Web Chat over Direct Line (RoleBot's own page and Azure's): Adaptive Cards with Action.Submit, since Web Chat
/// cannot send Action.Execute; mentions are removed as everywhere, though Web Chat rarely sends one. Web Chat says
/// nothing about whose user is asking, so the deployment names the organisation (RoleBot:WebChat:Organisation).
/// </summary>
public sealed class WebChatAdapter(CardReplies cards, IOptions<WebChatPageOptions> options) : IChannelAdapter
{
    public IReadOnlyCollection<string> ChannelIds { get; } = [Protocol.ChannelIds.DirectLine, Protocol.ChannelIds.WebChat];

    public InboundMessage? Read(Activity message) => new(MentionStripper.Strip(message), message.Value, Organisation(message));

    public OrganisationKey? Organisation(Activity activity) =>
        string.IsNullOrWhiteSpace(options.Value.Organisation) ? null : new OrganisationKey(OrganisationKeyKind.Configured, options.Value.Organisation.Trim());

    public void Shape(Activity reply) => cards.Attach(reply);
}
