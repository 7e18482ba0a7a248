using RoleBot.Protocol;
using RoleBot.Protocol.Queue;
using RoleBot.State;

namespace RoleBot.Channels.WebChat.DirectLine.Turns;

/// <summary>Takes over a Direct Line turn that outlasted its POST on an instance that then died, and answers it here.</summary>
public sealed class DirectLineTurnResumer(DirectLineTurns turns) : IJournalResumer
{
    public JournalResumption? TryResume(JournaledTurn claimed)
    {
        if (DirectLineTurnJson.Read(claimed.Payload) is not var (conversationId, activityId))
        {
            return null;
        }

        _ = turns.ResumeAsync(claimed.Id, conversationId, activityId);
        return new JournalResumption(true, ConversationTag.ForKey(StateKeys.For(DirectLineChannel.Id, conversationId)));
    }
}
