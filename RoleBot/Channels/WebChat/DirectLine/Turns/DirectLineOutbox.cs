using RoleBot.Protocol;
using RoleBot.Protocol.Turns;
using RoleBot.State;

namespace RoleBot.Channels.WebChat.DirectLine.Turns;

/// <summary>
/// A Direct Line turn's replies join the conversation only once its state is saved: an instance that dies in
/// between leaves the user no answer (the POST was not acknowledged, so the client sends again) rather than an
/// answer whose dialog state died with it.
/// </summary>
public sealed class DirectLineOutbox(IConversationStateStore states, Func<Activity, CancellationToken, Task<string>> append) : ITurnOutbox
{
    public Task CommitAsync(string stateKey, ConversationData? state, IReadOnlyList<Activity> replies, CancellationToken cancellationToken) =>
        state is null ? Task.CompletedTask : states.SaveAsync(stateKey, state, cancellationToken);

    public async Task DeliverAsync(IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            await append(reply, cancellationToken);
        }
    }
}
