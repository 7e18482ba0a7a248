using RoleBot.Protocol;
using RoleBot.Protocol.Turns;
using RoleBot.State;

namespace RoleBot.Tests.Support;

/// <summary>
/// The test bot: echoes with a per-conversation turn counter kept in ConversationData, and has commands that
/// throw, block (before or after answering), send twice, or answer invokes with chosen statuses.
/// </summary>
public sealed class EchoBot(TurnRecorder recorder, TestGate gate) : ActivityHandler
{
    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        recorder.Record(turnContext.Activity);
        return base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        switch (text)
        {
            case "boom":
                throw new InvalidOperationException("The test bot was told to fail.");
            case "block":
                await gate.WaitAsync(cancellationToken);
                break;
            case "answer then block":
                // An instance that dies here has answered (as far as the bot knows) but not yet saved.
                turnContext.GetConversationData().LastRoleIds.Add(text);
                await turnContext.SendActivityAsync(new Activity { Text = $"echo {text} #{turnContext.GetConversationData().LastRoleIds.Count}" }, cancellationToken);
                await gate.WaitAsync(cancellationToken);
                return;
            case "twice":
                await turnContext.SendActivityAsync(new Activity { Text = "first" }, cancellationToken);
                await turnContext.SendActivityAsync(new Activity { Text = "second" }, cancellationToken);
                return;
        }

        var data = turnContext.GetConversationData();
        data.LastRoleIds.Add(text ?? "(value)");
        var reply = text is null && turnContext.Activity.Value is { } value
            ? $"value {value.GetRawText()} #{data.LastRoleIds.Count}"
            : $"echo {text} #{data.LastRoleIds.Count}";
        await turnContext.SendActivityAsync(new Activity { Text = reply }, cancellationToken);
    }

    protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(new Activity { Text = "welcome" }, cancellationToken);

    protected override async Task OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        switch (turnContext.Activity.Name)
        {
            case "test/ok":
                turnContext.InvokeResponse = new InvokeResponse(200, new { statusCode = 200, value = "done" });
                break;
            case "test/teapot":
                turnContext.InvokeResponse = new InvokeResponse(418, new { reason = "teapot" });
                break;
            case "test/empty":
                turnContext.InvokeResponse = new InvokeResponse(202);
                break;
            case "test/boom":
                throw new InvalidOperationException("The test bot was told to fail the invoke.");
            default:
                // Unhandled invoke: no response, so the adapter answers 501.
                await Task.CompletedTask;
                break;
        }
    }
}
