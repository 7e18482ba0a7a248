using System.Text.Json;
using RoleBot.Protocol;
using RoleBot.Protocol.Queue;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// Takes over a Slack turn journaled by an instance that died, and answers it here (or posts the replies it
/// committed). SlackTurns is resolved per claim: it is transient and holds a typed HttpClient, which a singleton must
/// not keep.
/// </summary>
public sealed class SlackTurnResumer(IServiceProvider services) : IJournalResumer
{
    public JournalResumption? TryResume(JournaledTurn claimed)
    {
        if (SlackTurnJson.Read(claimed.Payload) is not var (activity, target))
        {
            return null;
        }

        // Committed replies mean the turn ran (its state is saved): they are posted, the bot is not run again.
        Activity[]? answered;
        try
        {
            answered = QueuedTurnJson.ReadReplies(claimed.Replies);
        }
        catch (JsonException)
        {
            return null; // not readable by this build: the journal worker drops it and says so
        }

        return new JournalResumption(services.GetRequiredService<SlackTurns>().TryEnqueue(activity, target, claimed.Id, answered), ConversationTag.For(activity));
    }
}
