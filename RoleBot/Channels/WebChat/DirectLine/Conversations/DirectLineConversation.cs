using RoleBot.Protocol;
using RoleBot.State;

namespace RoleBot.Channels.WebChat.DirectLine.Conversations;

/// <summary>One Direct Line conversation: its user, whether the bot has been told it started, its history and its rate windows.</summary>
public sealed class DirectLineConversation(string id, ChannelAccount user, DirectLineOptions options, DateTimeOffset now)
{
    private int _started;
    private long _lastUsedTicks = now.UtcTicks;

    public string Id { get; } = id;

    public ChannelAccount User { get; } = user;

    public ActivityHistory History { get; } = new(id, options.MaxActivitiesPerConversation, options.MaxHistoryBytesPerConversation);

    public RateWindow Posts { get; } = new(options.MaxPostsPerMinute);

    public RateWindow Polls { get; } = new(options.MaxPollsPerMinute);

    /// <summary>Conversation tag for logs: the same hash the bot's own log lines use for this conversation.</summary>
    public string Tag { get; } = TagFor(id);

    /// <summary>The log tag of the conversation with this id, for when only the id is at hand.</summary>
    public static string TagFor(string id) => ConversationTag.ForKey(StateKeys.For(DirectLineChannel.Id, id));

    public bool IsStarted => Volatile.Read(ref _started) == 1;

    public DateTimeOffset LastUsed => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);

    /// <summary>True for exactly one caller, so the welcome runs once however many clients start at the same time.</summary>
    public bool TryMarkStarted() => Interlocked.Exchange(ref _started, 1) == 0;

    public void Touch(DateTimeOffset at) => Interlocked.Exchange(ref _lastUsedTicks, at.UtcTicks);
}
