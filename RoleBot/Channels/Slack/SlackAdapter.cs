using RoleBot.Organisations;
using RoleBot.Protocol;

namespace RoleBot.Channels.Slack;

/// <summary>
/// Slack, through Azure Bot Service or the native app (whose requests become the same Slack activities): Slack's
/// mention and mrkdwn are removed from what people type, button clicks carry their payload, other bots and channel
/// messages that do not mention the bot are ignored, and every reply goes out as Block Kit.
/// </summary>
public sealed class SlackAdapter : IChannelAdapter
{
    public IReadOnlyCollection<string> ChannelIds { get; } = [Protocol.ChannelIds.Slack];

    public InboundMessage? Read(Activity message) =>
        SlackInbound.IsFromABot(message) || !SlackInbound.IsAddressedToBot(message)
            ? null
            : new InboundMessage(SlackInbound.Text(message), SlackInbound.Value(message), Organisation(message));

    /// <summary>The Slack workspace: the team of the event or click Azure Bot Service forwards, or the native app's event team_id.</summary>
    public OrganisationKey? Organisation(Activity activity) =>
        SlackTeam.Of(activity) is { } team ? new OrganisationKey(OrganisationKeyKind.SlackTeam, team) : null;

    public void Shape(Activity reply) => SlackReplies.Shape(reply);

    public bool IsShared(Activity activity) => SlackConversation.IsShared(activity);

    public bool IsBot(Activity activity, ChannelAccount member) => SlackConversation.IsBot(activity, member);
}
