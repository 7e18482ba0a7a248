namespace RoleBot.Channels.Slack.Native;

/// <summary>A user's message that RoleBot answers: where it came from, what it said, and where the answer goes.</summary>
public sealed record SlackInboundEvent(SlackOrigin Origin, string Ts, string Text, ChannelReply ReplyTo);

/// <summary>Either an event to answer or the reason it is not answered (a fixed phrase, safe to log).</summary>
public sealed record SlackEventDecision(SlackInboundEvent? Event, string? IgnoredBecause)
{
    public static SlackEventDecision Answer(SlackInboundEvent inbound) => new(inbound, null);

    public static SlackEventDecision Ignore(string reason) => new(null, reason);
}
