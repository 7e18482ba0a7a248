namespace RoleBot.Channels.Slack.Native;

/// <summary>Where the replies of one Slack turn go.</summary>
public abstract record SlackReplyTarget;

/// <summary>chat.postMessage into a channel or DM; <paramref name="ThreadTs"/> keeps channel answers in their thread.</summary>
public sealed record ChannelReply(string Channel, string? ThreadTs) : SlackReplyTarget;

/// <summary>
/// A slash command's or an ephemeral button's response_url. Ephemeral final answers get a "Share in channel"
/// button when <paramref name="Shareable"/>.
/// </summary>
public sealed record ResponseUrlReply(Uri ResponseUrl, bool Ephemeral, bool Shareable) : SlackReplyTarget;
