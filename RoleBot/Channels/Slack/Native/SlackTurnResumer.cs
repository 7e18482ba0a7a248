using RoleBot.Protocol;
using RoleBot.Protocol.Queue;

namespace RoleBot.Channels.Slack.Native;

/// <summary>Takes over a Slack turn journaled by an instance that died, and answers it here.</summary>
public sealed class SlackTurnResumer(SlackTurns turns) : IJournalResumer
{
    public JournalResumption? TryResume(JournaledTurn claimed) =>
        SlackTurnJson.Read(claimed.Payload) is var (activity, target)
            ? new JournalResumption(turns.TryEnqueue(activity, target, claimed.Id), ConversationTag.For(activity))
            : null;
}
