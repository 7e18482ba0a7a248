using RoleBot.Cards.Rendering;
using RoleBot.Organisations;
using RoleBot.Protocol;
using RoleBot.Protocol.Mentions;

namespace RoleBot.Channels.Teams;

/// <summary>
/// Teams: the bot's own &lt;at&gt; mention is removed from what people type, and answers are Adaptive Cards whose
/// buttons are Universal Actions (Action.Execute, with Action.Submit as fallback), so a click updates the card.
/// </summary>
public sealed class TeamsAdapter(CardReplies cards) : IChannelAdapter
{
    public IReadOnlyCollection<string> ChannelIds { get; } = [Protocol.ChannelIds.Teams];

    public InboundMessage? Read(Activity message) => new(MentionStripper.Strip(message), message.Value, Organisation(message));

    /// <summary>The Microsoft Entra tenant: channelData.tenant.id, which Teams always sends, else conversation.tenantId.</summary>
    public OrganisationKey? Organisation(Activity activity) =>
        TeamsTenant.Of(activity) is { } tenant ? new OrganisationKey(OrganisationKeyKind.TeamsTenant, tenant) : null;

    public void Shape(Activity reply) => cards.Attach(reply, UniversalActions.ToExecute);
}
