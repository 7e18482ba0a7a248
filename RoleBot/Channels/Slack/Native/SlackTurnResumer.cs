using RoleBot.Protocol;
using RoleBot.Protocol.Queue;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// Takes over a Slack turn journaled by an instance that died, and answers it here. SlackTurns is resolved per
/// claim: it is transient and holds a typed HttpClient, which a singleton must not keep.
/// </summary>
public sealed class SlackTurnResumer(IServiceProvider services) : IJournalResumer
{
    public JournalResumption? TryResume(JournaledTurn claimed) =>
        SlackTurnJson.Read(claimed.Payload) is var (activity, target)
            ? new JournalResumption(services.GetRequiredService<SlackTurns>().TryEnqueue(activity, target, claimed.Id), ConversationTag.For(activity))
            : null;
}
