using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Protocol;
using RoleBot.Protocol.Turns;
using RoleBot.State;

namespace RoleBot.Channels.WebChat.DirectLine.Turns;

/// <summary>
/// A Direct Line turn's state and replies are committed as one unit (<see cref="IDirectLineConversationStore.CommitTurnAsync"/>):
/// an instance that dies before the commit leaves neither, so the client's re-send runs the turn again from the same
/// state; one that dies after it leaves both, so the re-send finds its answer stored and is not answered twice.
/// </summary>
public sealed class DirectLineOutbox(
    IDirectLineConversationStore store, DirectLineConversation conversation, string? answering, Func<Activity, Activity> address, ILogger logger)
    : ITurnOutbox
{
    public async Task CommitAsync(string stateKey, ConversationData? state, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        if (!await store.CommitTurnAsync(conversation, answering, stateKey, state, [.. replies.Select(address)], cancellationToken))
        {
            DirectLineLog.AlreadyAnswered(logger, conversation.Tag);
        }
    }

    // The commit put the replies in the conversation (and woke its streams); there is nothing left to send.
    public Task DeliverAsync(IReadOnlyList<Activity> replies, CancellationToken cancellationToken) => Task.CompletedTask;
}
