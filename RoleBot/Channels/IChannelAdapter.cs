using RoleBot.Organisations;
using RoleBot.Protocol;

namespace RoleBot.Channels;

/// <summary>
/// Everything one channel does differently, in its own folder: reading what arrives into one neutral
/// <see cref="InboundMessage"/>, and shaping a neutral reply into what the channel shows. The rest of the bot
/// never asks which channel it is talking to.
/// </summary>
public interface IChannelAdapter
{
    /// <summary>The channelId values (see <see cref="ChannelIds"/>) this adapter speaks for.</summary>
    IReadOnlyCollection<string> ChannelIds { get; }

    /// <summary>The message as the bot should read it, or null when it is not for the bot (another bot's post, a channel message that does not mention it).</summary>
    InboundMessage? Read(Activity message);

    /// <summary>Whose organisation the sender belongs to, as this channel says it; null when it does not say (the general knowledge base answers).</summary>
    OrganisationKey? Organisation(Activity activity) => null;

    /// <summary>Turns the reply's <see cref="Activity.Draft"/>, and anything else the channel cannot show, into the channel's format.</summary>
    void Shape(Activity reply);

    /// <summary>Several people read every message the bot posts here (a channel, a group chat): the room is welcomed once, never each person.</summary>
    bool IsShared(Activity activity) => BotFrameworkConversation.IsShared(activity);

    /// <summary>The account is the bot itself (added to a conversation, or named as its recipient).</summary>
    bool IsBot(Activity activity, ChannelAccount member) => BotFrameworkConversation.IsBot(activity, member);
}
