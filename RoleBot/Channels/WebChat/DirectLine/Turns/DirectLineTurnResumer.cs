using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Protocol.Queue;

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
        return new JournalResumption(true, DirectLineConversation.TagFor(conversationId));
    }
}
